import { generateSecret } from "./webhookDraft";

/** Signing secrets, oldest first: the last one signs; keeping the old one above lets a consumer rotate. */
export function SecretsEditor({ secrets, onChange, signingScheme }: { secrets: string[]; onChange: (secrets: string[]) => void; signingScheme: string }) {
  if (signingScheme === "none") return <p className="muted">This provider does not sign its webhooks.</p>;
  const set = (index: number, value: string) => onChange(secrets.map((s, i) => (i === index ? value : s)));
  return (
    <div className="secrets" data-testid="secrets">
      <p className="muted">
        Oldest first. The <strong>last</strong> secret signs; to rotate, add the new one below the old, update the consumer, then remove the old one.
        Schemes that carry several signatures (Standard Webhooks, Stripe) sign with every secret.
      </p>
      {secrets.length === 0 && <p className="muted">No secret: requests go out unsigned.</p>}
      {secrets.map((secret, index) => (
        <div className="pair-row secret-row" key={index}>
          <span className={`secret-role ${index === secrets.length - 1 ? "signs" : ""}`}>{index === secrets.length - 1 ? "signs" : "older"}</span>
          <input
            value={secret}
            onChange={(e) => set(index, e.target.value)}
            aria-label={`Secret ${index + 1}${index === secrets.length - 1 ? " (signs)" : ""}`}
            placeholder={signingScheme === "standard-webhooks" ? "whsec_…" : "secret"}
            spellCheck={false}
            autoComplete="off"
            data-testid="secret-input"
          />
          <button type="button" className="icon-button" onClick={() => onChange(secrets.filter((_, i) => i !== index))} aria-label={`Remove secret ${index + 1}`} title="Remove">
            ×
          </button>
        </div>
      ))}
      <div className="toolbar">
        <button type="button" className="small-button" onClick={() => onChange([...secrets, ""])}>Add secret</button>
        <button type="button" className="small-button" onClick={() => onChange([...secrets, generateSecret(signingScheme)])} data-testid="generate-secret">
          {secrets.length > 0 ? "Rotate: add a generated secret" : "Generate a secret"}
        </button>
      </div>
    </div>
  );
}
