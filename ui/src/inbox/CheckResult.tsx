import type { CaptureCheck } from "../bindings/CaptureCheck";
import type { LikelyCause } from "../bindings/LikelyCause";

const CAUSES: Record<LikelyCause, string> = {
  wrong_secret: "the secret is not the one the sender signed with",
  secret_prefix_not_stripped: "the whsec_ prefix was kept, or the secret was not base64-decoded",
  hex_base64_confusion: "the signature was encoded in hex where base64 is expected, or the reverse",
  timestamp_not_signed: "the sender signed the body without the timestamp",
  body_reserialized: "the JSON body was re-serialized (spacing or key order changed) after signing",
};

/** A check's verdict: the signature (with the likely cause of a mismatch), event and schema. */
export function CheckResult({ result }: { result: CaptureCheck }) {
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
      {result.notes.length > 0 && (
        <div className="validation note" data-testid="check-notes">
          <p>Values Hookbench's profile does not know yet (notes, not violations):</p>
          <ul>
            {result.notes.map((n, i) => (
              <li key={i}><code>{n.path || "/"}</code> {n.message}</li>
            ))}
          </ul>
        </div>
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
