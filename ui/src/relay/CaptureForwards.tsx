import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";

import { api } from "../api";
import { routeHref } from "../app/route";
import type { Capture } from "../bindings/Capture";
import type { Delivery } from "../bindings/Delivery";
import { HeadersTable } from "../components/HeadersTable";
import { BodyView } from "../components/BodyView";
import { bodyAndHeadersTabs, MessageSide, type SideTab } from "../components/MessageSide";
import { DeliveryStatusBadge } from "../sender/DeliveryStatusBadge";
import { ERROR_KINDS, deliveryActions, nextAttemptText } from "../sender/timeline";
import { deliveryKey, foldDelivery, useDeliveries } from "../sender/useDeliveries";
import { bodySize, statusClass } from "../format";

/** The forwards and replays of a capture, newest first (refetched as deliveries change). */
export function useCaptureRelays(captureId: string) {
  // A deliveries list like the log's: `delivery.updated` events fold into it live.
  const filter = useMemo(() => ({ capture: captureId }), [captureId]);
  return useDeliveries(filter).deliveries;
}

/**
 * The right side of a forwarded capture: the target's response (or why there is none), with
 * what the sender got one tab away. Without a forward, what Hookbench answered.
 */
export function ResponseOrTarget({ capture: c, forward }: { capture: Capture; forward: Delivery | undefined }) {
  const detail = useQuery({
    queryKey: deliveryKey(forward?.id ?? ""),
    queryFn: () => api.delivery(forward!.id),
    enabled: !!forward,
  });
  const sentBack: SideTab = {
    key: "sent-back",
    label: "Sent back",
    content: () => (
      <div data-testid="sent-back">
        <p className="muted">What the original sender got: {c.response.status}.</p>
        <BodyView body={c.response.body} size={bodySize(c.response.body)} headers={c.response.headers} />
        <HeadersTable headers={c.response.headers} />
      </div>
    ),
  };
  if (!forward) {
    const title = (
      <>
        Response <span className={`status ${statusClass(c.response.status)}`} data-testid="response-status-code">{c.response.status}</span>
      </>
    );
    return <MessageSide label="Response" title={title} tabs={bodyAndHeadersTabs(c.response)} testId="response-side" />;
  }
  const attempt = detail.data?.attempts[detail.data.attempts.length - 1];
  const response = attempt?.response;
  const next = nextAttemptText(forward, Date.now());
  const title = (
    <>
      Target{" "}
      {response ? (
        <span className={`status ${statusClass(response.status)}`} data-testid="target-status">
          {response.status}{response.reason ? ` ${response.reason}` : ""}
        </span>
      ) : attempt?.error ? (
        <span className="status server-error" data-testid="target-status">{ERROR_KINDS[attempt.error.kind]}</span>
      ) : (
        <span className="muted" data-testid="target-status">waiting</span>
      )}
      <span className="muted"> · sender got <span className={`status ${statusClass(c.response.status)}`} data-testid="response-status-code">{c.response.status}</span></span>
    </>
  );
  const targetTabs: SideTab[] = response
    ? [
        { key: "target-body", label: "Body", content: () => <BodyView body={response.body} size={response.body_size} headers={response.headers} /> },
        { key: "target-headers", label: `Headers (${response.headers.length})`, content: () => <HeadersTable headers={response.headers} /> },
      ]
    : [
        {
          key: "target-error",
          label: "Why no answer",
          content: () =>
            attempt?.error ? (
              <div data-testid="target-error">
                <p className="error-kind">{ERROR_KINDS[attempt.error.kind]} <span className="muted mono">{attempt.error.kind}</span></p>
                <pre className="mono verbatim">{attempt.error.message}</pre>
                {next && <p className="muted">Next attempt {next}.</p>}
              </div>
            ) : (
              <p className="muted">The forward has not been attempted yet{next ? `: ${next}` : ""}.</p>
            ),
        },
      ];
  return <MessageSide key={forward.id} label="Target response" title={title} tabs={[...targetTabs, sentBack]} testId="target-side" />;
}

/** Every forward and replay of the capture: status, target, attempts, retry. */
export function RelayList({ deliveries }: { deliveries: Delivery[] }) {
  const queryClient = useQueryClient();
  const retry = useMutation({ mutationFn: api.retryDelivery, onSuccess: (d) => foldDelivery(queryClient, d) });
  if (deliveries.length === 0) return null;
  return (
    <section className="relay-list" aria-label="Forwards and replays" data-testid="relay-list">
      <h3 className="section-title">Forwards and replays</h3>
      <ul>
        {deliveries.map((d) => (
          <li key={d.id} className="relay-row">
            <DeliveryStatusBadge status={d.status} />
            <span className="muted">{d.source === "forward" ? "forward" : "replay"}</span>
            <code className="mono ellipsis" title={d.webhook_name}>{d.webhook_name}</code>
            <span className="muted">{d.attempts} attempt{d.attempts === 1 ? "" : "s"}</span>
            <span className="muted ellipsis">{d.last_error ?? (d.last_status ? `HTTP ${d.last_status}` : "")}</span>
            <a href={routeHref({ screen: "deliveries", id: d.id })} data-testid="relay-open">Attempts</a>
            {deliveryActions(d.status).retry && (
              <button type="button" className="small-button" onClick={() => retry.mutate(d.id)} disabled={retry.isPending}>
                Again
              </button>
            )}
          </li>
        ))}
      </ul>
      {retry.error && <p className="error-text" role="alert">{retry.error.message}</p>}
    </section>
  );
}
