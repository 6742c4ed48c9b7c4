import type { InboxResponse } from "../bindings/InboxResponse";

/** Status, content type, extra headers ("Name: value" per line), body and delay. */
export function ResponseFields({ value, onChange }: { value: InboxResponse; onChange: (value: InboxResponse) => void }) {
  const headersText = value.headers.map((h) => `${h.name}: ${h.value}`).join("\n");
  return (
    <div className="response-fields">
      <div className="field-row">
        <label className="field narrow">
          <span>Status</span>
          <input type="number" min={100} max={599} value={value.status} onChange={(e) => onChange({ ...value, status: Number(e.target.value) })} data-testid="response-status" />
        </label>
        <label className="field">
          <span>Content-Type</span>
          <input value={value.content_type} onChange={(e) => onChange({ ...value, content_type: e.target.value })} spellCheck={false} />
        </label>
        <label className="field narrow">
          <span>Delay (ms)</span>
          <input type="number" min={0} max={60000} value={value.delay_ms} onChange={(e) => onChange({ ...value, delay_ms: Number(e.target.value) })} />
        </label>
      </div>
      <label className="field">
        <span>Headers, one "Name: value" per line</span>
        <textarea
          rows={2}
          defaultValue={headersText}
          onBlur={(e) =>
            onChange({
              ...value,
              headers: e.target.value
                .split("\n")
                .map((line) => line.trim())
                .filter(Boolean)
                .map((line) => {
                  const colon = line.indexOf(":");
                  return colon < 0 ? { name: line, value: "" } : { name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() };
                }),
            })
          }
          spellCheck={false}
        />
      </label>
      <label className="field">
        <span>Body</span>
        <textarea rows={3} value={value.body} onChange={(e) => onChange({ ...value, body: e.target.value })} spellCheck={false} data-testid="response-body" />
      </label>
    </div>
  );
}
