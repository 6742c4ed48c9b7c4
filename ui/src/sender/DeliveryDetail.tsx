import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "../api";
import { routeHref } from "../app/route";
import type { Delivery } from "../bindings/Delivery";
import { useShortcuts } from "../app/useShortcuts";
import { bodyAndHeadersTabs, MessageSide } from "../components/MessageSide";
import { RelativeTime } from "../components/RelativeTime";
import { copyText, useNotice } from "../components/useNotice";
import { curlForSentRequest } from "../curl";
import { formatBytes } from "../format";
import { AttemptTimeline } from "./AttemptTimeline";
import { AttemptView } from "./AttemptView";
import { DeliveryStatusBadge } from "./DeliveryStatusBadge";
import { deliveryActions, nextAttemptText } from "./timeline";
import { deliveryKey, foldDelivery } from "./useDeliveries";

const SOURCES = {
  trigger: "triggered event",
  test: "test event (Test button)",
  capture: "sent from a captured request",
  forward: "forwarded by its inbox",
  replay: "replay of a captured request",
} as const;

/** A delivery: its attempts as a timeline, and the chosen attempt's request beside its response. */
export function DeliveryDetail({ id, now }: { id: string; now: number }) {
  const queryClient = useQueryClient();
  const detail = useQuery({ queryKey: deliveryKey(id), queryFn: () => api.delivery(id) });
  const providers = useQuery({ queryKey: ["providers"], queryFn: api.providers });
  // null: follow the newest attempt as new ones arrive.
  const [chosen, setChosen] = useState<number | null>(null);
  const [notice, say] = useNotice();
  const act = (call: (id: string) => Promise<Delivery>, done: string) => ({
    mutationFn: () => call(id),
    onSuccess: (delivery: Delivery) => {
      foldDelivery(queryClient, delivery);
      setChosen(null);
      say(done);
    },
  });
  const retry = useMutation(act(api.retryDelivery, "Queued for one more attempt now"));
  const cancel = useMutation(act(api.cancelDelivery, "Cancelled"));

  const data = detail.data;
  const attempts = data?.attempts ?? [];
  const attempt = attempts.find((a) => a.number === chosen) ?? attempts[attempts.length - 1];
  const allowed = data ? deliveryActions(data.delivery.status) : { retry: false, cancel: false };
  const copyCurl = () => attempt && void copyText(curlForSentRequest(attempt.request, attempt.response?.version), "cURL command", say);
  useShortcuts({
    r: () => allowed.retry && !retry.isPending && retry.mutate(),
    c: copyCurl,
  });

  if (detail.error) return <div className="pane-message" role="alert">{detail.error.message}</div>;
  if (!data) return <div className="pane-message" aria-busy="true">Loading…</div>;
  const d = data.delivery;
  const next = nextAttemptText(d, now);
  const provider = d.capture_id ? undefined : providers.data?.find((p) => p.id === d.provider);
  const error = retry.error ?? cancel.error;
  return (
    <article className="detail delivery-detail" data-testid="delivery-detail">
      <header className="detail-head">
        <div>
          <h2 className="mono" data-testid="delivery-event">{d.event}</h2>
          <p className="muted">
            {d.capture_id ? (
              <>to <span className="mono">{d.webhook_name}</span></>
            ) : (
              <>to <a href={routeHref({ screen: "webhooks", id: d.webhook_id })}>{d.webhook_name}</a></>
            )}
            {d.provider && ` · ${d.provider}`} · {SOURCES[d.source]}
          </p>
        </div>
        <DeliveryStatusBadge status={d.status} />
      </header>
      <dl className="facts">
        <div><dt>Created</dt><dd><RelativeTime at={d.created_at} now={now} /></dd></div>
        <div><dt>Attempts</dt><dd data-testid="delivery-attempts">{d.attempts}</dd></div>
        {next && <div><dt>Next</dt><dd data-testid="delivery-next">{next}</dd></div>}
        <div><dt>{d.capture_id ? "Capture" : "Message id"}</dt><dd className="mono">{d.message_id}</dd></div>
        <div><dt>Payload</dt><dd>{formatBytes(d.payload_size)}</dd></div>
        {d.last_error && d.status !== "succeeded" && (
          <div>
            <dt>Why</dt>
            <dd data-testid="delivery-last-error">{d.last_error}</dd>
          </div>
        )}
        {provider && (
          <div>
            <dt>Delivered when</dt>
            <dd data-testid="delivery-success-rule">
              {provider.delivery.success === "200" ? `the answer is 200: ${provider.name} counts any other status as a failure` : "the answer is any 2xx"}
            </dd>
          </div>
        )}
      </dl>
      <div className="toolbar" role="toolbar" aria-label="Delivery actions">
        {allowed.retry && (
          <button type="button" onClick={() => retry.mutate()} disabled={retry.isPending} title="One more attempt now (r)" data-testid="delivery-retry">
            {d.status === "succeeded" ? "Send again" : "Retry now"}
          </button>
        )}
        {allowed.cancel && (
          <button type="button" onClick={() => cancel.mutate()} disabled={cancel.isPending} title="Stop retrying this delivery" data-testid="delivery-cancel">
            Cancel
          </button>
        )}
        <button type="button" onClick={copyCurl} disabled={!attempt} title="A command that sends this attempt's exact request again (c)" data-testid="delivery-curl">
          Copy as cURL
        </button>
        {notice && <span className="notice" role="status">{notice}</span>}
      </div>
      {error && <p className="error-text" role="alert">{error.message}</p>}
      {attempts.length > 0 ? (
        <>
          <AttemptTimeline delivery={d} attempts={attempts} selected={attempt?.number ?? null} onSelect={setChosen} now={now} />
          {attempt && <AttemptView key={attempt.id} attempt={attempt} />}
        </>
      ) : (
        <>
          <p className="muted" data-testid="no-attempt">No attempt yet{next ? `: ${next}` : ""}. This is the payload that will be sent.</p>
          <MessageSide label="Payload" title="Payload" tabs={bodyAndHeadersTabs({ body: data.payload, headers: [] }).slice(0, 1)} />
        </>
      )}
    </article>
  );
}
