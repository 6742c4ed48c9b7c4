import { useMemo, useState } from "react";

import type { Body } from "../bindings/Body";
import type { Header } from "../bindings/Header";
import { hexDump, prettyJson } from "../format";

type Mode = "pretty" | "raw" | "form" | "hex";

const LABELS: Record<Mode, string> = { pretty: "Pretty", raw: "Raw", form: "Form", hex: "Hex" };

/** A body as pretty JSON, raw text, decoded form fields or hex. Always text, never markup. */
export function BodyView({ body, size, headers = [] }: { body: Body; size: number; headers?: Header[]; captureId?: string }) {
  const contentType = headers.find((h) => h.name.toLowerCase() === "content-type")?.value ?? "";
  const pretty = useMemo(() => (body.encoding === "utf8" ? prettyJson(body.data) : null), [body]);
  const form = useMemo(
    () => (body.encoding === "utf8" && contentType.startsWith("application/x-www-form-urlencoded") ? [...new URLSearchParams(body.data)] : null),
    [body, contentType],
  );
  const modes: Mode[] =
    body.encoding === "utf8"
      ? [...(pretty ? (["pretty"] as Mode[]) : []), ...(form ? (["form"] as Mode[]) : []), "raw", "hex"]
      : ["hex"];
  const [chosen, setMode] = useState<Mode>(modes[0]);
  const mode = modes.includes(chosen) ? chosen : modes[0];
  if (size === 0) return <p className="muted">Empty body.</p>;
  return (
    <div className="body-view">
      <div className="segmented" role="tablist" aria-label="Body format">
        {modes.map((m) => (
          <button key={m} type="button" role="tab" aria-selected={m === mode} onClick={() => setMode(m)}>
            {LABELS[m]}
          </button>
        ))}
      </div>
      {mode === "form" && form ? (
        <table className="kv" data-testid="form-table">
          <tbody>
            {form.map(([name, value], i) => (
              <tr key={i}>
                <td className="mono name">{name}</td>
                <td className="mono value">{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <pre className="mono body" data-testid="body">
          {mode === "pretty" && pretty !== null
            ? pretty
            : mode === "raw"
              ? body.data
              : hexDump(body.encoding === "base64" ? body.data : utf8ToBase64(body.data))}
        </pre>
      )}
    </div>
  );
}

function utf8ToBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return btoa(binary);
}
