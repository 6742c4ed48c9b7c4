import type { RetryForm } from "./retryPolicy";
import { describeRetry, PRESETS, retryPolicy } from "./retryPolicy";

/** Standard / Fast / None / Custom delays, with what the choice will do in words. */
export function RetryFields({ value, onChange }: { value: RetryForm; onChange: (form: RetryForm) => void }) {
  const policy = retryPolicy(value);
  return (
    <div className="retry-fields" data-testid="retry-fields">
      <div className="segmented" role="radiogroup" aria-label="Retry policy">
        {PRESETS.map(({ preset, label }) => (
          <button
            key={preset}
            type="button"
            role="radio"
            aria-checked={value.preset === preset}
            onClick={() => onChange({ ...value, preset })}
          >
            {label}
          </button>
        ))}
      </div>
      {value.preset === "custom" && (
        <label className="field">
          <span>Delays before each retry (comma separated; a bare number is seconds)</span>
          <input value={value.delays} onChange={(e) => onChange({ ...value, delays: e.target.value })} placeholder="1 s, 30 s, 5 min, 1 h" spellCheck={false} data-testid="retry-delays" />
        </label>
      )}
      <p className={"error" in policy ? "error-text" : "muted"} role={"error" in policy ? "alert" : undefined}>
        {"error" in policy ? policy.error : describeRetry(policy.policy)}
      </p>
    </div>
  );
}
