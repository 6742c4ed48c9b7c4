import type { EventInfo } from "../bindings/EventInfo";
import type { EventsForm } from "./webhookDraft";

/** "All events", or some of the profile's events ticked, plus globs typed (`contact.*`). */
export function EventsPicker({ value, onChange, events }: { value: EventsForm; onChange: (form: EventsForm) => void; events: EventInfo[] }) {
  const toggle = (id: string) =>
    onChange({ ...value, picked: value.picked.includes(id) ? value.picked.filter((e) => e !== id) : [...value.picked, id] });
  return (
    <div className="events-picker" data-testid="events-picker">
      <div className="radio-row" role="radiogroup" aria-label="Events">
        <label>
          <input type="radio" name="events-all" checked={value.all} onChange={() => onChange({ ...value, all: true })} />
          All events{events.length > 0 ? ` (${events.length})` : ""}
        </label>
        <label>
          <input type="radio" name="events-all" checked={!value.all} onChange={() => onChange({ ...value, all: false })} data-testid="events-some" />
          Only these
        </label>
      </div>
      {!value.all && (
        <>
          <ul className="event-checks">
            {events.map((event) => (
              <li key={event.id}>
                <label title={event.description || event.name}>
                  <input type="checkbox" checked={value.picked.includes(event.id)} onChange={() => toggle(event.id)} />
                  <span className="mono">{event.id}</span>
                </label>
              </li>
            ))}
          </ul>
          <label className="field">
            <span>More, as globs (comma separated)</span>
            <input value={value.extra} onChange={(e) => onChange({ ...value, extra: e.target.value })} placeholder="contact.*, deal.*" spellCheck={false} data-testid="events-globs" />
          </label>
        </>
      )}
    </div>
  );
}
