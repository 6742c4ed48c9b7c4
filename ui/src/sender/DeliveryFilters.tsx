import type { Webhook } from "../bindings/Webhook";
import { isFiltered, STATUSES, EMPTY_FORM, type FilterForm } from "./deliveryFilter";
import { STATUS_LABELS } from "./timeline";

/** Webhook, status, event glob and a date range above the log. */
export function DeliveryFilters({ value, onChange, webhooks, count, more }: { value: FilterForm; onChange: (form: FilterForm) => void; webhooks: Webhook[]; count: number; more: boolean }) {
  const set = <K extends keyof FilterForm>(key: K, v: FilterForm[K]) => onChange({ ...value, [key]: v });
  const known = webhooks.some((w) => w.id === value.webhook);
  return (
    <header className="list-toolbar delivery-filters" data-testid="delivery-filters">
      <div className="search-row">
        <input
          type="search"
          value={value.event}
          onChange={(e) => set("event", e.target.value)}
          onKeyDown={(e) => e.key === "Escape" && set("event", "")}
          placeholder="Event, e.g. contact.*"
          aria-label="Event"
          spellCheck={false}
          data-testid="filter-event"
        />
        <select value={value.status} onChange={(e) => set("status", e.target.value as FilterForm["status"])} aria-label="Status" data-testid="filter-status">
          <option value="">Any status</option>
          {STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
        </select>
      </div>
      <div className="search-row">
        <select value={value.webhook} onChange={(e) => set("webhook", e.target.value)} aria-label="Webhook" data-testid="filter-webhook">
          <option value="">Every webhook</option>
          {!known && value.webhook && <option value={value.webhook}>{pseudoWebhookName(value.webhook)}</option>}
          {webhooks.map((w) => <option key={w.id} value={w.id}>{w.name}</option>)}
        </select>
        <select value={value.source ?? ""} onChange={(e) => set("source", e.target.value as FilterForm["source"])} aria-label="Source" data-testid="filter-source">
          <option value="">Any source</option>
          <option value="trigger">Triggered events</option>
          <option value="test">Tests</option>
          <option value="capture">Sent as event</option>
          <option value="forward">Forwards</option>
          <option value="replay">Replays</option>
        </select>
      </div>
      <div className="search-row dates">
        <label>
          <span>From</span>
          <input type="datetime-local" value={value.from} onChange={(e) => set("from", e.target.value)} data-testid="filter-from" />
        </label>
        <label>
          <span>To</span>
          <input type="datetime-local" value={value.to} onChange={(e) => set("to", e.target.value)} data-testid="filter-to" />
        </label>
      </div>
      <div className="list-meta-row">
        <span className="count" data-testid="delivery-count">
          {count}{more ? "+" : ""} deliver{count === 1 ? "y" : "ies"}
        </span>
        {isFiltered(value) && (
          <button type="button" className="link-button" onClick={() => onChange(EMPTY_FORM)}>Clear filters</button>
        )}
      </div>
    </header>
  );
}

/** The name of a `webhook` filter that is not a webhook: an inbox's forwards, or one replay. */
function pseudoWebhookName(key: string): string {
  if (key.startsWith("forward:")) return `Forwards of ${key.slice("forward:".length)}`;
  if (key.startsWith("replay:")) return "This replay";
  return "A deleted webhook";
}
