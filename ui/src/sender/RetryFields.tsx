import type { RetryForm, RetryProvider } from "./retryPolicy";
import { describeRetry, presets, retryPolicy } from "./retryPolicy";

interface Props {
  value: RetryForm;
  onChange: (form: RetryForm) => void;
  /** The webhook's provider: its own behaviour is the first choice. */
  provider?: RetryProvider;
}

/** The provider's own behaviour, Hookbench's schedules, or custom delays, with what the choice will do in words. */
export function RetryFields({ value, onChange, provider }: Props) {
  const policy = retryPolicy(value);
  return (
    <div className="retry-fields" data-testid="retry-fields">
      <div className="segmented" role="radiogroup" aria-label="Retry policy">
        {presets(provider).map(({ preset, label }) => (
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
      <p className={"error" in policy ? "error-text" : "muted"} role={"error" in policy ? "alert" : undefined} data-testid="retry-description">
        {"error" in policy ? policy.error : describeRetry(policy.policy, provider)}
      </p>
    </div>
  );
}
