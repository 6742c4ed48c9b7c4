import { useState } from "react";
import { useQuery } from "@tanstack/react-query";

import { api } from "../api";
import { routeHref } from "../app/route";
import type { Webhook } from "../bindings/Webhook";
import { useWebhookActions } from "./WebhookActions";
import { webhooksKey } from "./useDeliveries";

const DISMISSED = "hookbench.dismissed-disabled";

/** A webhook's turn-off, identified by when it happened: dismissing it does not hide a later one. */
const alertId = (w: Webhook) => `${w.id}@${w.updated_at}`;

function loadDismissed(): string[] {
  try {
    return JSON.parse(sessionStorage.getItem(DISMISSED) ?? "[]") as string[];
  } catch {
    return [];
  }
}

/**
 * A banner on every screen for each webhook Hookbench turned off (repeated failures, 410 Gone),
 * until it is dismissed or the webhook is switched back on.
 */
export function DisabledBanners() {
  const webhooks = useQuery({ queryKey: webhooksKey, queryFn: api.webhooks });
  const [dismissed, setDismissed] = useState(loadDismissed);
  const dismiss = (w: Webhook) => {
    const next = [...dismissed, alertId(w)];
    setDismissed(next);
    sessionStorage.setItem(DISMISSED, JSON.stringify(next));
  };
  const off = (webhooks.data ?? []).filter((w) => w.disabled_reason && !w.active && !dismissed.includes(alertId(w)));
  if (off.length === 0) return <div className="banners" />;
  return (
    <div className="banners">
      {off.map((w) => <DisabledBanner key={w.id} webhook={w} onDismiss={() => dismiss(w)} />)}
    </div>
  );
}

function DisabledBanner({ webhook, onDismiss }: { webhook: Webhook; onDismiss: () => void }) {
  const { setActive, answer } = useWebhookActions(webhook);
  return (
    <div className="banner" role="alert" data-testid="disabled-banner">
      <span className="banner-icon" aria-hidden="true">!</span>
      <p>
        Hookbench turned off <a href={routeHref({ screen: "webhooks", id: webhook.id })}>{webhook.name}</a>: {webhook.disabled_reason}.
        {" "}Its deliveries wait until it is on again.
        {answer && !answer.ok && <span className="error-text"> {answer.text}</span>}
      </p>
      <button type="button" className="primary" onClick={() => setActive.mutate(true)} disabled={setActive.isPending} data-testid="re-enable">
        Re-enable
      </button>
      <button type="button" className="icon-button" onClick={onDismiss} aria-label={`Dismiss the notice about ${webhook.name}`} title="Dismiss">
        ×
      </button>
    </div>
  );
}
