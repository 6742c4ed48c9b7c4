import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "../api";
import { useProviderNames } from "../components/ProviderChip";
import { RelativeTime } from "../components/RelativeTime";

const secretsKey = ["provider-secrets"];

/**
 * Signing secrets saved for a provider, apart from any inbox: every capture recognised as that
 * provider's shows whether its signature is valid, and the Signature tab tries them.
 */
export function ProviderSecretsSection() {
  const queryClient = useQueryClient();
  const providers = useQuery({ queryKey: ["providers"], queryFn: api.providers, staleTime: Infinity });
  const secrets = useQuery({ queryKey: secretsKey, queryFn: api.providerSecrets });
  const nameOf = useProviderNames();
  const [provider, setProvider] = useState("");
  const [secret, setSecret] = useState("");
  const [error, setError] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: () => api.saveProviderSecret({ provider, secret }),
    onSuccess: () => {
      setSecret("");
      setError(null);
      void queryClient.invalidateQueries({ queryKey: secretsKey });
    },
    onError: (e) => setError(e.message),
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.deleteProviderSecret(id),
    onSuccess: () => {
      setError(null);
      void queryClient.invalidateQueries({ queryKey: secretsKey });
    },
    onError: (e) => setError(e.message),
  });
  const signing = (providers.data ?? []).filter((p) => p.signing_scheme !== "none" && p.id !== "generic");
  const now = Date.now();
  return (
    <section className="settings-section" data-testid="provider-secrets">
      <h3 className="section-title">Provider secrets</h3>
      <p className="muted">
        Every capture recognised as a provider’s request is checked with the secrets saved for that provider, so the list shows
        whether its signature is valid, invalid or missing, with no inbox set up. Captures already stored are checked again.
      </p>
      <form
        className="field-row"
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate();
        }}
      >
        <label className="field">
          <span>Provider</span>
          <select value={provider} onChange={(e) => setProvider(e.target.value)} data-testid="provider-secret-provider">
            <option value="">Choose…</option>
            {signing.map((p) => (
              <option key={p.id} value={p.id}>{p.name}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Signing secret (or public key)</span>
          <input
            type="password"
            autoComplete="off"
            value={secret}
            onChange={(e) => setSecret(e.target.value)}
            placeholder="whsec_…"
            data-testid="provider-secret-value"
          />
        </label>
        <div className="field-actions">
          <button type="submit" className="primary" disabled={add.isPending || !provider || !secret.trim()} data-testid="add-provider-secret">
            Save secret
          </button>
        </div>
      </form>
      {secrets.data && secrets.data.length > 0 && (
        <table className="kv" data-testid="provider-secret-list">
          <thead>
            <tr><th>Provider</th><th>Secret</th><th>Saved</th><th /></tr>
          </thead>
          <tbody>
            {secrets.data.map((s) => (
              <tr key={s.id} data-testid="provider-secret">
                <td>{nameOf(s.provider)}</td>
                <td className="mono">{s.hint}</td>
                <td><RelativeTime at={s.created_at} now={now} /></td>
                <td>
                  <button
                    type="button"
                    className="danger-button"
                    disabled={remove.isPending}
                    onClick={() => window.confirm(`Forget this ${nameOf(s.provider)} secret (${s.hint})?`) && remove.mutate(s.id)}
                    aria-label={`Forget the ${nameOf(s.provider)} secret ${s.hint}`}
                  >
                    Forget
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {secrets.error && <p className="validation invalid" role="alert">{secrets.error.message}</p>}
      {error && <p className="validation invalid" role="alert">{error}</p>}
    </section>
  );
}
