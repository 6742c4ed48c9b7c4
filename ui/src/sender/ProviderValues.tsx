import type { ProviderSummary } from "../bindings/ProviderSummary";

interface Props {
  provider: ProviderSummary;
  values: Record<string, string>;
  onChange: (values: Record<string, string>) => void;
}

/** The integrator's own values the provider takes (Workspace's customer_id and state, Leadsie's customUserId). */
export function ProviderValues({ provider, values, onChange }: Props) {
  if (provider.values.length === 0) return null;
  return (
    <section className="settings-section" data-testid="provider-values">
      <h3 className="section-title">Provider values</h3>
      <p className="muted">What {provider.name} takes from your app instead of making up; every delivery of this webhook carries them. Left empty, the profile's default applies.</p>
      {provider.values.map((spec) => (
        <label className="field" key={spec.name}>
          <span>
            {spec.label} <code>{spec.name}</code>
          </span>
          <input
            value={values[spec.name] ?? ""}
            onChange={(e) => onChange({ ...values, [spec.name]: e.target.value })}
            placeholder={spec.default ? `default: ${spec.default}` : "unset"}
            spellCheck={false}
            data-testid={`value-${spec.name}`}
          />
          <small className="muted">{spec.description}</small>
        </label>
      ))}
    </section>
  );
}
