import { useState } from "react";
import { useMutation, useQuery } from "@tanstack/react-query";

import { api } from "../api";
import type { CaptureCheck } from "../bindings/CaptureCheck";
import type { HmacScheme } from "../bindings/HmacScheme";
import type { LikelyCause } from "../bindings/LikelyCause";
import { DEFAULT_HMAC, HmacSchemeFields } from "../components/HmacSchemeFields";

const CAUSES: Record<LikelyCause, string> = {
  wrong_secret: "the secret is not the one the sender signed with",
  secret_prefix_not_stripped: "the whsec_ prefix was kept, or the secret was not base64-decoded",
  hex_base64_confusion: "the signature was encoded in hex where base64 is expected, or the reverse",
  timestamp_not_signed: "the sender signed the body without the timestamp",
  body_reserialized: "the JSON body was re-serialized (spacing or key order changed) after signing",
};

/** Checks this capture against a provider: signature (with the likely cause), event, schema. */
export function CheckPanel({ captureId }: { captureId: string }) {
  const providers = useQuery({ queryKey: ["providers"], queryFn: api.providers });
  const [provider, setProvider] = useState("github");
  const [secrets, setSecrets] = useState("");
  const [tolerance, setTolerance] = useState(300);
  const [scheme, setScheme] = useState<HmacScheme>(DEFAULT_HMAC);
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

function CheckResult({ result }: { result: CaptureCheck }) {
  const sig = result.signature;
  return (
    <div className="check-result" data-testid="check-result">
      <p className={`verdict ${sig.status}`} data-testid="signature-verdict">
        {sig.status === "valid" && `Signature valid (secret ${sig.secret_index + 1})`}
        {sig.status === "unsigned" && "Unsigned: the request carries no signature header for this provider"}
        {sig.status === "invalid" && `Signature invalid: ${sig.reason.replace(/_/g, " ")}`}
      </p>
      {sig.status === "invalid" && (
        <>
          <p>{sig.message}</p>
          {sig.likely_cause && <p><strong>Most likely:</strong> {CAUSES[sig.likely_cause]}.</p>}
        </>
      )}
      <p>
        <strong>Event:</strong>{" "}
        {result.event ? <code>{result.event}</code> : <span className="muted">not recognised as one of this provider's events</span>}
      </p>
      {result.json_error && <p className="error-text">The body is not JSON: {result.json_error}</p>}
      {result.violations && result.violations.length === 0 && (
        <p className="validation valid">Valid against the event's JSON Schema</p>
      )}
      {result.violations && result.violations.length > 0 && (
        <div className="validation invalid">
          <p>Does not match the event's JSON Schema:</p>
          <ul>
            {result.violations.map((v, i) => (
              <li key={i}><code>{v.path || "/"}</code> {v.message}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
