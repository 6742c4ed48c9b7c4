import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "../api";
import type { Capture } from "../bindings/Capture";
import type { HmacScheme } from "../bindings/HmacScheme";
import { DEFAULT_HMAC, HmacSchemeFields } from "../components/HmacSchemeFields";
import { secretHint } from "../components/secretHint";
import { CheckResult } from "./CheckResult";

/**
 * Checks this capture against a provider: signature (with the likely cause), event, schema.
 * It starts from what is known: the inbox's verifying provider and secrets, else the provider
 * the capture was recognised as, and the secrets saved for that provider. A new check replaces
 * the result shown (at first, the inbox's own check on arrival).
 */
export function CheckPanel({ capture }: { capture: Capture }) {
  const queryClient = useQueryClient();
  const providers = useQuery({ queryKey: ["providers"], queryFn: api.providers, staleTime: Infinity });
  const inboxes = useQuery({ queryKey: ["inboxes"], queryFn: api.inboxes });
  const saved = useQuery({ queryKey: ["provider-secrets"], queryFn: api.providerSecrets });
  const verify = inboxes.data?.find((i) => i.slug === capture.inbox)?.config.verify ?? null;
  const [chosen, setChosen] = useState<string | null>(null);
  const provider = chosen ?? verify?.provider ?? capture.provider ?? "";
  const [typed, setTyped] = useState<string | null>(null);
  const inboxSecrets = verify && verify.provider === provider ? verify.secrets.join("\n") : "";
  const secrets = typed ?? inboxSecrets;
  const savedFor = (saved.data ?? []).filter((s) => s.provider === provider);
  const [useSaved, setUseSaved] = useState(true);
  const [tolerance, setTolerance] = useState(verify?.tolerance_secs ?? 300);
  const [scheme, setScheme] = useState<HmacScheme>(verify?.scheme ?? DEFAULT_HMAC);
  const hint = secretHint(providers.data?.find((p) => p.id === provider)?.signing_scheme, "verify");
  const secretList = secrets.split("\n").map((s) => s.trim()).filter(Boolean);
  const check = useMutation({
    mutationFn: () =>
      api.checkCapture(capture.id, {
        provider,
        secrets: secretList,
        tolerance_secs: tolerance,
        scheme: provider === "generic" ? scheme : undefined,
        use_saved_secrets: useSaved && savedFor.length > 0,
      }),
  });
  const remember = useMutation({
    mutationFn: async () => {
      for (const secret of secretList) await api.saveProviderSecret({ provider, secret });
    },
    onSuccess: () => {
      setTyped("");
      void queryClient.invalidateQueries({ queryKey: ["provider-secrets"] });
    },
  });
  const providerName = providers.data?.find((p) => p.id === provider)?.name ?? provider;
  const shown = check.data ?? (capture.check && capture.check.provider === provider ? capture.check : null);
  return (
    <div className="check-panel">
      <form
        className="check-form"
        onSubmit={(e) => {
          e.preventDefault();
          check.mutate();
        }}
      >
        <label className="field">
          <span>Provider</span>
          <select value={provider} onChange={(e) => setChosen(e.target.value)} data-testid="check-provider">
            {provider === "" && <option value="">Choose the provider that sent it…</option>}
            {(providers.data ?? []).map((p) => (
              <option key={p.id} value={p.id}>{p.name} ({p.signing_scheme})</option>
            ))}
          </select>
          {!chosen && provider !== "" && (
            <span className="muted hint" data-testid="check-provider-why">
              {verify?.provider === provider ? "The inbox verifies with this provider." : "Recognised from the request."}
            </span>
          )}
        </label>
        <label className="field">
          <span>Secret(s), one per line</span>
          <textarea rows={2} value={secrets} onChange={(e) => setTyped(e.target.value)} spellCheck={false} data-testid="check-secret" />
          {hint && <span data-testid="secret-hint">{hint}</span>}
        </label>
        {savedFor.length > 0 && (
          <label className="check">
            <input type="checkbox" checked={useSaved} onChange={(e) => setUseSaved(e.target.checked)} data-testid="check-use-saved" />
            <span>
              Also try the {savedFor.length === 1 ? "secret" : `${savedFor.length} secrets`} saved for {providerName} (
              {savedFor.map((s) => s.hint).join(", ")})
            </span>
          </label>
        )}
        <label className="field">
          <span>Timestamp tolerance (seconds, against the arrival time)</span>
          <input type="number" min={0} value={tolerance} onChange={(e) => setTolerance(Number(e.target.value))} />
        </label>
        {provider === "generic" && <HmacSchemeFields value={scheme} onChange={setScheme} />}
        <div className="toolbar">
          <button type="submit" className="primary" disabled={check.isPending || provider === ""} data-testid="check-run">
            Check signature and schema
          </button>
          {typed && secretList.length > 0 && provider !== "" && (
            <button
              type="button"
              className="small-button"
              disabled={remember.isPending}
              onClick={() => remember.mutate()}
              title={`Every ${providerName} capture then shows whether its signature is valid`}
              data-testid="check-remember"
            >
              Save for {providerName}
            </button>
          )}
        </div>
      </form>
      {check.error && <p className="error-text" role="alert">{check.error.message}</p>}
      {remember.error && <p className="error-text" role="alert">{remember.error.message}</p>}
      {shown && <CheckResult result={shown} />}
    </div>
  );
}
