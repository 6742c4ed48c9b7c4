import type { TriggerResult } from "../bindings/TriggerResult";
import { routeHref } from "../app/route";
import { DeliveryStatusBadge } from "./DeliveryStatusBadge";

/** What a trigger did: the deliveries queued (each a link to its detail) and who was skipped, and why. */
export function TriggerResultView({ result, provider }: { result: TriggerResult; provider?: string }) {
  const { deliveries, skipped } = result;
  if (deliveries.length === 0 && skipped.length === 0) {
    return (
      <div className="trigger-result validation invalid" role="status" data-testid="trigger-result">
        <p>
          No webhook{provider ? <> of <code>{provider}</code></> : ""} exists yet, so nothing was sent.{" "}
          <a href={routeHref({ screen: "webhooks", id: "new", provider })}>Create a webhook</a>
        </p>
      </div>
    );
  }
  return (
    <div className={`trigger-result validation ${deliveries.length > 0 ? "valid" : "invalid"}`} role="status" data-testid="trigger-result">
      <p>
        {deliveries.length === 0 ? "No delivery queued." : `${deliveries.length} ${deliveries.length === 1 ? "delivery" : "deliveries"} queued.`}
      </p>
      {deliveries.length > 0 && (
        <ul className="result-list">
          {deliveries.map((d) => (
            <li key={d.id}>
              <a href={routeHref({ screen: "deliveries", id: d.id })} data-testid="queued-delivery">
                {d.webhook_name} · <span className="mono">{d.event}</span>
              </a>{" "}
              <DeliveryStatusBadge status={d.status} />
            </li>
          ))}
        </ul>
      )}
      {skipped.length > 0 && (
        <>
          <p className="muted">Skipped:</p>
          <ul className="result-list" data-testid="skipped">
            {skipped.map((s) => (
              <li key={s.webhook_id}>
                <a href={routeHref({ screen: "webhooks", id: s.webhook_id })}>{s.webhook_name}</a> <span className="muted">— {s.reason}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
