import { Fragment } from "react";
import { useMutation } from "@tanstack/react-query";

import { api } from "../api";
import { PublicKeyNote } from "./PublicKeyNote";
import { generateSecret } from "./webhookDraft";

/** Signing secrets, oldest first: the last one signs; keeping the old one above lets a consumer rotate. */
export function SecretsEditor({ secrets, onChange, signingScheme }: { secrets: string[]; onChange: (secrets: string[]) => void; signingScheme: string }) {
  const keyPair = useMutation({
    mutationFn: () => api.signingKeyPair(),
    onSuccess: (pair) => onChange([...secrets, pair.secret_key]),
  });
  if (signingScheme === "none") return <p className="muted">This provider does not sign its webhooks.</p>;
  const standard = signingScheme === "standard-webhooks";
  const set = (index: number, value: string) => onChange(secrets.map((s, i) => (i === index ? value : s)));
  return (
    <div className="secrets" data-testid="secrets">
      <p className="muted">
        Oldest first. The <strong>last</strong> secret signs; to rotate, add the new one below the old, update the consumer, then remove the old one.
        Schemes that carry several signatures (Standard Webhooks, Stripe) sign with every secret.
      </p>
      {standard && (
        <p className="muted" data-testid="secret-hint">
          A <code>whsec_…</code> secret signs HMAC (<code>v1</code>); a <code>whsk_…</code> secret key signs ed25519 (<code>v1a</code>), and the consumer verifies with its{" "}
          <code>whpk_…</code> public key, shown under it.
        </p>
      )}
      {secrets.length === 0 && <p className="muted">No secret: requests go out unsigned.</p>}
      {secrets.map((secret, index) => (
        <Fragment key={index}>
          <div className="pair-row secret-row">
            <span className={`secret-role ${index === secrets.length - 1 ? "signs" : ""}`}>{index === secrets.length - 1 ? "signs" : "older"}</span>
            <input
              value={secret}
              onChange={(e) => set(index, e.target.value)}
              aria-label={`Secret ${index + 1}${index === secrets.length - 1 ? " (signs)" : ""}`}
              placeholder={standard ? "whsec_… or whsk_…" : "secret"}
              spellCheck={false}
              autoComplete="off"
              data-testid="secret-input"
            />
            <button type="button" className="icon-button" onClick={() => onChange(secrets.filter((_, i) => i !== index))} aria-label={`Remove secret ${index + 1}`} title="Remove">
              ×
            </button>
          </div>
          {standard && <PublicKeyNote secret={secret.trim()} />}
        </Fragment>
      ))}
      <div className="toolbar">
        <button type="button" className="small-button" onClick={() => onChange([...secrets, ""])}>Add secret</button>
        <button type="button" className="small-button" onClick={() => onChange([...secrets, generateSecret(signingScheme)])} data-testid="generate-secret">
          {secrets.length > 0 ? "Rotate: add a generated secret" : "Generate a secret"}
        </button>
        {standard && (
          <button type="button" className="small-button" onClick={() => keyPair.mutate()} disabled={keyPair.isPending} data-testid="generate-key-pair">
            {secrets.length > 0 ? "Rotate: add a key pair (v1a)" : "Generate a key pair (v1a)"}
          </button>
        )}
      </div>
      {keyPair.error && <p className="error-text" role="alert">{keyPair.error.message}</p>}
    </div>
  );
}
