import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "../api";
import { routeHref } from "../app/route";
import type { ReplayProgress } from "../bindings/ReplayProgress";

/** A replay's progress, live from `replay.progress` events: counts, a bar, and cancel. */
export function ReplayProgressView({ started }: { started: ReplayProgress }) {
  const queryClient = useQueryClient();
  const progress = useQuery({
    queryKey: ["replay", started.id],
    queryFn: () => api.replayProgress(started.id),
    initialData: started,
  }).data;
  const cancel = useMutation({
    mutationFn: () => api.cancelReplay(started.id),
    onSuccess: (p) => queryClient.setQueryData(["replay", started.id], p),
  });
  const done = progress.total - progress.waiting;
  const percent = progress.total ? Math.round((done / progress.total) * 100) : 100;
  const finished = progress.waiting === 0;
  return (
    <section className="replay-progress" aria-label="Replay progress" data-testid="replay-progress">
      <div className="replay-progress-head">
        <strong data-testid="replay-state">{finished ? "Replay finished" : `Replaying ${done} of ${progress.total}…`}</strong>
        {!finished && (
          <button type="button" onClick={() => cancel.mutate()} disabled={cancel.isPending} data-testid="replay-cancel">
            Cancel the rest
          </button>
        )}
      </div>
      <div className="progress-bar" role="progressbar" aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={done} aria-label="Requests sent">
        <span className="progress-ok" style={{ width: `${progress.total ? (progress.succeeded / progress.total) * 100 : 0}%` }} />
        <span className="progress-failed" style={{ width: `${progress.total ? (progress.failed / progress.total) * 100 : 0}%` }} />
        <span className="progress-cancelled" style={{ width: `${progress.total ? (progress.cancelled / progress.total) * 100 : 0}%` }} />
      </div>
      <p className="muted" data-testid="replay-counts">
        {percent}% · <span className="status ok">{progress.succeeded} succeeded</span> · <span className="status server-error">{progress.failed} failed</span>
        {" · "}{progress.cancelled} cancelled · {progress.waiting} waiting — to <span className="mono">{progress.url}</span>
      </p>
      <a href={routeHref({ screen: "deliveries", webhook: progress.deliveries_filter })} data-testid="replay-deliveries">
        Every attempt in Deliveries
      </a>
      {cancel.error && <p className="error-text" role="alert">{cancel.error.message}</p>}
    </section>
  );
}
