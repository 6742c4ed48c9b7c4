import { useState } from "react";
import { useMutation, useQuery } from "@tanstack/react-query";

import { api } from "../api";
import type { HmacScheme } from "../bindings/HmacScheme";
import { DEFAULT_HMAC, HmacSchemeFields } from "../components/HmacSchemeFields";
import { secretHint } from "../components/secretHint";
import { CheckResult } from "./CheckResult";


/** Checks this capture against a provider: signature (with the likely cause), event, schema. */
export function CheckPanel({ captureId }: { captureId: string }) {
  const providers = useQuery({ queryKey: ["providers"], queryFn: api.providers });
  const [provider, setProvider] = useState("github");
  const [secrets, setSecrets] = useState("");
  const [tolerance, setTolerance] = useState(300);
  const [scheme, setScheme] = useState<HmacScheme>(DEFAULT_HMAC);
  const hint = secretHint(providers.data?.find((p) => p.id === provider)?.signing_scheme, "verify");
  const check = useMutation({
    mutationFn: () =>
      api.checkCapture(captureId, {
        provider,
        secrets: secrets.split("\n").map((s) => s.trim()).filter(Boolean),
        tolerance_secs: tolerance,
        scheme: provider === "generic" ? scheme : undefined,
      }),
  });
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
          <select value={provider} onChange={(e) => setProvider(e.target.value)} data-testid="check-provider">
            {(providers.data ?? []).map((p) => (
              <option key={p.id} value={p.id}>{p.name} ({p.signing_scheme})</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Secret(s), one per line</span>
          <textarea rows={2} value={secrets} onChange={(e) => setSecrets(e.target.value)} spellCheck={false} data-testid="check-secret" />
          {hint && <span data-testid="secret-hint">{hint}</span>}
        </label>
        <label className="field">
          <span>Timestamp tolerance (seconds, against the arrival time)</span>
          <input type="number" min={0} value={tolerance} onChange={(e) => setTolerance(Number(e.target.value))} />
        </label>
        {provider === "generic" && <HmacSchemeFields value={scheme} onChange={setScheme} />}
        <div>
          <button type="submit" className="primary" disabled={check.isPending}>Check signature and schema</button>
        </div>
      </form>
      {check.error && <p className="error-text" role="alert">{check.error.message}</p>}
      {check.data && <CheckResult result={check.data} />}
    </div>
  );
}
