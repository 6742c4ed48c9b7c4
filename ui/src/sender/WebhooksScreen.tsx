import { useQuery } from "@tanstack/react-query";

import { api } from "../api";
import { navigate, routeHref } from "../app/route";
import { useNow } from "../app/useNow";
import { useShortcuts } from "../app/useShortcuts";
import type { ProviderSummary } from "../bindings/ProviderSummary";
import type { Webhook } from "../bindings/Webhook";
import { RelativeTime } from "../components/RelativeTime";
import { DeliveryStatusBadge } from "./DeliveryStatusBadge";
import { lastOutcome } from "./timeline";
import { useDeliveries, webhooksKey } from "./useDeliveries";
import { AnswerLine, useWebhookActions } from "./WebhookActions";
import { WebhookEditor } from "./WebhookEditor";
import { eventsSummary } from "./webhookDraft";

/** The webhooks as a table (health, switch, Test and Retry per row) and the editor in a drawer. */
export function WebhooksScreen({ id, provider }: { id?: string; provider?: string }) {
  const webhooks = useQuery({ queryKey: webhooksKey, queryFn: api.webhooks });
  const providers = useQuery({ queryKey: ["providers"], queryFn: api.providers });
  const now = useNow(10_000);
  const close = () => navigate({ screen: "webhooks" });
  useShortcuts({ Escape: () => id && close() });
  const list = webhooks.data ?? [];
  const editing = id && id !== "new" ? list.find((w) => w.id === id) : undefined;

  let body;
  if (webhooks.error) {
    body = <div className="pane-message" role="alert">{webhooks.error.message}</div>;
  } else if (!webhooks.data || !providers.data) {
    body = <div className="pane-message" aria-busy="true">Loading webhooks…</div>;
  } else if (list.length === 0) {
    body = (
      <div className="empty" data-testid="no-webhooks">
        <h2>Send events to your code</h2>
        <p>
          A webhook delivers one provider's events to a URL, signed the way that provider signs them, and retries the
          way it does. Every attempt is kept with the exact request and the raw response, in <a href="#/deliveries">Deliveries</a>.
        </p>
        <p><a className="button-link primary" href={routeHref({ screen: "webhooks", id: "new" })}>Create your first webhook</a></p>
      </div>
    );
  } else {
    body = (
      <table className="table webhooks-table" data-testid="webhooks-table">
        <thead>
          <tr>
            <th scope="col">Webhook</th>
            <th scope="col">Provider · events</th>
            <th scope="col">Active</th>
            <th scope="col">Health</th>
            <th scope="col"><span className="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {list.map((w) => (
            <WebhookRow key={w.id} webhook={w} provider={providers.data.find((p) => p.id === w.provider)} now={now} selected={w.id === id} />
          ))}
        </tbody>
      </table>
    );
  }

  return (
    <div className={`webhooks-screen ${id ? "with-drawer" : ""}`}>
      <section className="table-pane" aria-label="Webhooks">
        <header className="screen-head">
          <h2>Webhooks {list.length > 0 && <span className="count">{list.length}</span>}</h2>
          <a className="button-link primary" href={routeHref({ screen: "webhooks", id: "new" })} data-testid="new-webhook">New webhook</a>
        </header>
        {body}
      </section>
      {id && providers.data && webhooks.data && (
        id === "new" || editing ? (
          <WebhookEditor key={id} webhook={editing} providers={providers.data} initialProvider={provider} onClose={close} />
        ) : (
          <aside className="drawer" role="dialog" aria-label="Webhook">
            <div className="pane-message">This webhook no longer exists. <button type="button" className="link-button" onClick={close}>Close</button></div>
          </aside>
        )
      )}
    </div>
  );
}

function WebhookRow({ webhook: w, provider, now, selected }: { webhook: Webhook; provider?: ProviderSummary; now: number; selected: boolean }) {
  const { test, retryFailed, setActive, answer } = useWebhookActions(w);
  return (
    <tr className={selected ? "selected" : undefined} data-testid="webhook-row">
      <td className="cell-main">
        <a className="row-title" href={routeHref({ screen: "webhooks", id: w.id })}>{w.name}</a>
        <div className="mono muted ellipsis" title={w.url}>{w.url}</div>
      </td>
      <td>
        {provider?.name ?? w.provider}
        <div className="mono muted ellipsis" title={w.events.join(", ")}>{eventsSummary(w.events)}</div>
        {w.filters.length > 0 && (
          <div className="muted ellipsis" title={w.filters.map((f) => `${f.field} ~ ${f.pattern}`).join(", ")}>
            {w.filters.length} filter{w.filters.length === 1 ? "" : "s"}
          </div>
        )}
      </td>
      <td>
        <label className="switch" title={w.active ? "Active: click to stop deliveries" : "Off: click to resume deliveries"}>
          <input
            type="checkbox"
            role="switch"
            checked={w.active}
            disabled={setActive.isPending}
            onChange={() => setActive.mutate(!w.active)}
            aria-label={`${w.name} active`}
            data-testid="webhook-active-toggle"
          />
          <span aria-hidden="true" className="switch-track" />
        </label>
      </td>
      <td><Health webhook={w} now={now} /></td>
      <td className="cell-actions">
        <div className="toolbar">
          <button type="button" onClick={() => test.mutate()} disabled={test.isPending} title={`Send ${provider?.test_event ?? "the test event"} to this webhook only`} data-testid="webhook-test">
            Test
          </button>
          <button type="button" onClick={() => retryFailed.mutate()} disabled={retryFailed.isPending} title="Queue every failed delivery of this webhook again">
            Retry failed
          </button>
          <a href={routeHref({ screen: "deliveries", webhook: w.id })} title="Its deliveries">Log</a>
        </div>
        <AnswerLine answer={answer} />
      </td>
    </tr>
  );
}

/** The last delivery's status, the failure streak, or why Hookbench turned it off. */
function Health({ webhook: w, now }: { webhook: Webhook; now: number }) {
  const last = useDeliveries({ webhook: w.id, limit: 1 }).deliveries[0];
  const outcome = last ? lastOutcome(last) : null;
  return (
    <div className="health" data-testid="webhook-health">
      {w.disabled_reason && <div className="health-off">Turned off: {w.disabled_reason}</div>}
      {last ? (
        <div className="health-line">
          <DeliveryStatusBadge status={last.status} />
          {outcome && <span className={`status ${outcome.tone} ellipsis`} title={outcome.text}>{outcome.text}</span>}
          <a className="muted" href={routeHref({ screen: "deliveries", id: last.id })}><RelativeTime at={last.updated_at} now={now} /></a>
        </div>
      ) : (
        <span className="muted">No delivery yet</span>
      )}
      {w.consecutive_failures > 0 && !w.disabled_reason && (
        <div className="health-streak">
          {w.consecutive_failures} failed in a row · off at {w.failure_threshold}
        </div>
      )}
    </div>
  );
}
