import { useEffect, useMemo, useRef, useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "../api";
import { navigate } from "../app/route";
import type { ProviderSummary } from "../bindings/ProviderSummary";
import type { Webhook } from "../bindings/Webhook";
import { DEFAULT_HMAC, HmacSchemeFields } from "../components/HmacSchemeFields";
import { EventsPicker } from "./EventsPicker";
import { GlobalPrivateNetworkNote } from "./GlobalPrivateNetworkNote";
import { PairRows } from "./PairRows";
import { ProviderValues } from "./ProviderValues";
import { RetryFields } from "./RetryFields";
import { SecretsEditor } from "./SecretsEditor";
import { WebhookBulkActions } from "./WebhookActions";
import { webhooksKey } from "./useDeliveries";
import { configFromDraft, draftOf, eventsForm, newConfig, type WebhookDraft } from "./webhookDraft";

interface Props {
  /** The webhook to edit; absent for a new one. */
  webhook?: Webhook;
  providers: ProviderSummary[];
  /** The profile a new webhook starts with. */
  initialProvider?: string;
  onClose: () => void;
}

/** Every field of a webhook, in a drawer. The engine validates; its message is shown as it is. */
export function WebhookEditor({ webhook, providers, initialProvider, onClose }: Props) {
  const queryClient = useQueryClient();
  const status = useQuery({ queryKey: ["status"], queryFn: api.status });
  const initial = useMemo(() => {
    const config = webhook ?? newConfig(providers.find((p) => p.id === initialProvider)?.id ?? providers[0]?.id ?? "generic");
    const known = providers.find((p) => p.id === config.provider)?.events.map((e) => e.id) ?? [];
    return draftOf(config, known);
  }, [webhook, providers, initialProvider]);
  const [draft, setDraft] = useState<WebhookDraft>(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const provider = providers.find((p) => p.id === draft.provider);
  const known = provider?.events.map((e) => e.id) ?? [];
  const set = <K extends keyof WebhookDraft>(key: K, value: WebhookDraft[K]) => {
    setSaved(null);
    setDraft((d) => ({ ...d, [key]: value }));
  };

  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const save = useMutation({
    mutationFn: async () => {
      const result = configFromDraft(draft, known);
      if ("error" in result) throw new Error(result.error);
      return webhook ? api.updateWebhook(webhook.id, result.config) : api.createWebhook(result.config);
    },
    onMutate: () => setProblem(null),
    onSuccess: (stored) => {
      void queryClient.invalidateQueries({ queryKey: webhooksKey });
      setSaved(webhook ? "Saved." : "Created.");
      if (!webhook) navigate({ screen: "webhooks", id: stored.id });
    },
    onError: (e) => setProblem(e.message),
  });
  const remove = useMutation({
    mutationFn: () => api.deleteWebhook(webhook!.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: webhooksKey });
      onClose();
    },
    onError: (e) => setProblem(e.message),
  });

  const changeProvider = (id: string) => {
    setDraft((d) => ({
      ...d,
      provider: id,
      events: eventsForm(["*"], []),
      values: {},
      custom_scheme: id === "generic" ? d.custom_scheme : undefined,
    }));
  };
  const inbox = status.data ? `${status.data.receiver_url}/${draft.provider}` : null;

  return (
    <aside className="drawer" role="dialog" aria-labelledby="webhook-editor-title" data-testid="webhook-editor" onKeyDown={(e) => e.key === "Escape" && onClose()}>
      <header className="drawer-head">
        <h2 id="webhook-editor-title">{webhook ? `Edit ${webhook.name}` : "New webhook"}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close the editor" title="Close (Esc)">×</button>
      </header>
      <form
        id="webhook-form"
        className="drawer-body"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        {webhook?.disabled_reason && (
          <p className="validation invalid" role="status">
            Hookbench turned this webhook off: {webhook.disabled_reason}. Switch it on and save to resume its pending deliveries.
          </p>
        )}
        <section className="settings-section">
          <h3 className="section-title">Endpoint</h3>
          <div className="field-row">
            <label className="field">
              <span>Name</span>
              <input ref={first} value={draft.name} onChange={(e) => set("name", e.target.value)} placeholder="Orders service (staging)" data-testid="webhook-name" />
            </label>
            <label className="field">
              <span>Provider profile</span>
              <select value={draft.provider} onChange={(e) => changeProvider(e.target.value)} data-testid="webhook-provider">
                {providers.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
              </select>
            </label>
          </div>
          <label className="field">
            <span>URL{provider?.https_required ? ` (${provider.name} requires https://; plain http only on localhost)` : ""}</span>
            <input value={draft.url} onChange={(e) => set("url", e.target.value)} placeholder="https://example.test/webhooks" spellCheck={false} inputMode="url" data-testid="webhook-url" />
          </label>
          {inbox && (
            <p className="muted">
              To watch what arrives, point it at a Hookbench inbox:{" "}
              <button type="button" className="link-button" onClick={() => set("url", inbox)}>use <code>{inbox}</code></button>
            </p>
          )}
          <label className="check">
            <input type="checkbox" checked={draft.active} onChange={(e) => set("active", e.target.checked)} data-testid="webhook-active" />
            Active: events are delivered to it
          </label>
        </section>

        {provider && <ProviderValues provider={provider} values={draft.values} onChange={(values) => set("values", values)} />}

        <section className="settings-section">
          <h3 className="section-title">Events</h3>
          <EventsPicker value={draft.events} onChange={(events) => set("events", events)} events={provider?.events ?? []} />
        </section>

        <section className="settings-section">
          <h3 className="section-title">Filters</h3>
          <p className="muted">Deliver only events whose payload matches every row. Field: <code>data.channel</code> or <code>/data/channel</code>; pattern: a glob such as <code>sms*</code>.</p>
          <PairRows
            rows={draft.filters.map((f) => [f.field, f.pattern])}
            onChange={(rows) => set("filters", rows.map(([field, pattern]) => ({ field, pattern })))}
            columns={[{ label: "Field", placeholder: "data.channel" }, { label: "Pattern", placeholder: "sms*" }]}
            addLabel="Add filter"
            rowName="filter"
            testId="filters"
          />
        </section>

        <section className="settings-section">
          <h3 className="section-title">Signing <span className="muted">{provider?.signing_scheme}</span></h3>
          <SecretsEditor secrets={draft.secrets} onChange={(secrets) => set("secrets", secrets)} signingScheme={provider?.signing_scheme ?? "hmac"} />
          {draft.provider === "generic" && (
            <label className="check">
              <input
                type="checkbox"
                checked={!!draft.custom_scheme}
                onChange={(e) => set("custom_scheme", e.target.checked ? DEFAULT_HMAC : undefined)}
                data-testid="custom-scheme"
              />
              Sign with a custom HMAC scheme (otherwise the generic profile's own)
            </label>
          )}
          {draft.custom_scheme && <HmacSchemeFields value={draft.custom_scheme} onChange={(scheme) => set("custom_scheme", scheme)} />}
        </section>

        <section className="settings-section">
          <h3 className="section-title">Custom headers</h3>
          <p className="muted">Sent after the profile's headers; a name the profile also sends replaces its value.</p>
          <PairRows
            rows={draft.headers.map((h) => [h.name, h.value])}
            onChange={(rows) => set("headers", rows.map(([name, value]) => ({ name, value })))}
            columns={[{ label: "Name", placeholder: "X-Environment" }, { label: "Value", placeholder: "staging" }]}
            addLabel="Add header"
            rowName="header"
            testId="custom-headers"
          />
        </section>

        <section className="settings-section">
          <h3 className="section-title">Delivery</h3>
          <div className="field-row">
            <label className="field narrow">
              <span>Timeout (ms)</span>
              <input type="number" min={100} max={300000} step={100} value={draft.timeout_ms} onChange={(e) => set("timeout_ms", e.target.value)} data-testid="webhook-timeout" />
            </label>
            <label className="field narrow">
              <span>Max in flight</span>
              <input type="number" min={1} max={256} value={draft.max_in_flight} onChange={(e) => set("max_in_flight", e.target.value)} />
            </label>
            <label className="field narrow" title="Hookbench turns the webhook off after this many deliveries in a row end failed">
              <span>Disable after</span>
              <input type="number" min={0} value={draft.failure_threshold} onChange={(e) => set("failure_threshold", e.target.value)} aria-describedby="threshold-help" />
            </label>
          </div>
          <p className="muted" id="threshold-help">“Disable after”: failed deliveries in a row before Hookbench turns the webhook off; 0 never does (410 Gone always does, at once).</p>
          <h4 className="subsection-title">Retries</h4>
          <RetryFields value={draft.retry} onChange={(retry) => set("retry", retry)} provider={provider} />
          {provider && (
            <p className="muted" data-testid="success-rule">
              {provider.name} counts {provider.delivery.success === "200" ? "only a 200 answer" : "any 2xx answer"} as delivered; anything else is a failed attempt.
            </p>
          )}
          <label className="check">
            <input type="checkbox" checked={draft.retry_client_errors} onChange={(e) => set("retry_client_errors", e.target.checked)} />
            Retry 4xx answers too (by default only 408, 429, 5xx and network errors are retried)
          </label>
          <label className="check">
            <input type="checkbox" checked={draft.allow_private_network} onChange={(e) => set("allow_private_network", e.target.checked)} data-testid="webhook-allow-private-network" />
            Allow private network targets (10/8, 172.16/12, 192.168/16, fc00::/7); loopback is always allowed
          </label>
          <GlobalPrivateNetworkNote />
          <label className="check">
            <input type="checkbox" checked={draft.follow_redirects} onChange={(e) => set("follow_redirects", e.target.checked)} />
            Follow redirects (up to 5 hops, each checked like the first; 301–303 become a GET, credentials stay with their origin). Off: a 3xx is the answer
          </label>
        </section>

        {webhook && (
          <section className="settings-section">
            <h3 className="section-title">Its deliveries</h3>
            <WebhookBulkActions webhook={webhook} />
          </section>
        )}
      </form>
      <footer className="drawer-foot">
        {problem && <p className="error-text" role="alert" data-testid="webhook-error">{problem}</p>}
        {saved && !problem && <p className="notice" role="status">{saved}</p>}
        <div className="toolbar">
          <button type="submit" form="webhook-form" className="primary" disabled={save.isPending} data-testid="webhook-save">
            {save.isPending ? "Saving…" : webhook ? "Save" : "Create webhook"}
          </button>
          <button type="button" onClick={onClose}>{saved ? "Close" : "Cancel"}</button>
          {webhook && (
            <button
              type="button"
              className="danger-button"
              onClick={() => window.confirm(`Delete ${webhook.name}? Its deliveries stay in the log; those still waiting are cancelled.`) && remove.mutate()}
              data-testid="webhook-delete"
            >
              Delete
            </button>
          )}
        </div>
      </footer>
    </aside>
  );
}
