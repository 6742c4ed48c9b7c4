import type { ForwardConfig } from "../bindings/ForwardConfig";
import { PairRows } from "../sender/PairRows";
import { GlobalPrivateNetworkNote } from "../sender/GlobalPrivateNetworkNote";
import { RetryFields } from "../sender/RetryFields";
import { retryForm, retryPolicy, type RetryForm } from "../sender/retryPolicy";
import { useState } from "react";

export const NEW_FORWARD: ForwardConfig = {
  url: "",
  respond_with: "own",
  headers: [],
  remove_headers: [],
  timeout_ms: 10_000,
  retry: { preset: "fast" },
  allow_private_network: false,
};

/**
 * An inbox's forward target: where every capture is sent on, who answers the original sender,
 * header edits, timeout and retries. `undefined` means the inbox does not forward.
 */
export function ForwardFields({ value, onChange }: { value: ForwardConfig | undefined; onChange: (forward: ForwardConfig | undefined) => void }) {
  const [retry, setRetry] = useState<RetryForm>(() => retryForm(value?.retry ?? NEW_FORWARD.retry));
  const forward = value;
  const set = (change: Partial<ForwardConfig>) => forward && onChange({ ...forward, ...change });
  const retryError = "error" in retryPolicy(retry);
  return (
    <div className="forward-fields" data-testid="forward-fields">
      <label className="check">
        <input
          type="checkbox"
          checked={forward !== undefined}
          onChange={(e) => onChange(e.target.checked ? { ...NEW_FORWARD } : undefined)}
          data-testid="forward-enabled"
        />
        Forward every request to a URL
      </label>
      {forward && (
        <>
          <label className="field">
            <span>Target URL (the path after the inbox segment and the query are appended)</span>
            <input
              value={forward.url}
              onChange={(e) => set({ url: e.target.value })}
              placeholder="http://127.0.0.1:3000/webhooks"
              spellCheck={false}
              className="mono"
              data-testid="forward-url"
            />
          </label>
          <fieldset className="field">
            <legend>The sender gets</legend>
            <div className="segmented" role="radiogroup" aria-label="The sender gets">
              {(["own", "target"] as const).map((choice) => (
                <button
                  key={choice}
                  type="button"
                  role="radio"
                  aria-checked={forward.respond_with === choice}
                  onClick={() => set({ respond_with: choice })}
                  data-testid={`forward-respond-${choice}`}
                >
                  {choice === "own" ? "This inbox's response" : "The target's response"}
                </button>
              ))}
            </div>
            <p className="muted">
              {forward.respond_with === "own"
                ? "The inbox answers at once with its response and rules; the forward runs in the background."
                : "The sender waits for the target (up to the timeout) and gets its status, headers and body; a 502 that says why when the target fails."}
            </p>
          </fieldset>
          <div className="field-row">
            <label className="field">
              <span>Timeout (seconds)</span>
              <input
                type="number"
                min={0.1}
                max={300}
                step={0.1}
                value={forward.timeout_ms / 1000}
                onChange={(e) => set({ timeout_ms: Math.round(Number(e.target.value) * 1000) })}
              />
            </label>
            <label className="check">
              <input type="checkbox" checked={forward.allow_private_network} onChange={(e) => set({ allow_private_network: e.target.checked })} />
              Allow private network targets (10/8, 192.168/16…)
            </label>
          </div>
          <GlobalPrivateNetworkNote />
          <div className="field">
            <span>Retries of failed forwards</span>
            <RetryFields
              value={retry}
              onChange={(form) => {
                setRetry(form);
                const policy = retryPolicy(form);
                if ("policy" in policy) set({ retry: policy.policy });
              }}
            />
            {retryError && <p className="muted">The last valid schedule is kept until this one is.</p>}
          </div>
          <div className="field">
            <span>Set headers (hop-by-hop headers are always removed; Host becomes the target's)</span>
            <PairRows
              rows={forward.headers.map((h) => [h.name, h.value])}
              onChange={(rows) => set({ headers: rows.map(([name, value]) => ({ name, value })) })}
              columns={[{ label: "Header", placeholder: "X-Forwarded-By" }, { label: "Value", placeholder: "hookbench" }]}
              addLabel="Add header"
              rowName="header"
            />
          </div>
          <label className="field">
            <span>Remove headers (names, comma separated)</span>
            <input
              value={forward.remove_headers.join(", ")}
              onChange={(e) => set({ remove_headers: e.target.value.split(",").map((n) => n.trim()).filter(Boolean) })}
              placeholder="authorization, x-internal"
              spellCheck={false}
            />
          </label>
        </>
      )}
    </div>
  );
}
