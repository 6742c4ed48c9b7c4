import { useMemo, useState } from "react";

import type { Body } from "../bindings/Body";
import type { Header } from "../bindings/Header";
import { hexDump, prettyJson } from "../format";
import { DecodedView } from "./DecodedView";

type Mode = "decoded" | "parts" | "pretty" | "raw" | "form" | "hex";

const LABELS: Record<Mode, string> = { decoded: "Decoded", parts: "Parts", pretty: "Pretty", raw: "Raw", form: "Form", hex: "Hex" };

/** A body as pretty JSON, raw text, decoded form fields or hex. Always text, never markup. */
export function BodyView({ body, size, headers = [], captureId }: { body: Body; size: number; headers?: Header[]; captureId?: string }) {
  const contentType = headers.find((h) => h.name.toLowerCase() === "content-type")?.value ?? "";
  const encoding = headers.find((h) => h.name.toLowerCase() === "content-encoding")?.value.trim().toLowerCase() ?? "";
  const engineModes: Mode[] = captureId
    ? [
        ...(encoding && encoding !== "identity" ? (["decoded"] as Mode[]) : []),
        ...(contentType.toLowerCase().startsWith("multipart/") ? (["parts"] as Mode[]) : []),
      ]
    : [];
  const pretty = useMemo(() => (body.encoding === "utf8" ? prettyJson(body.data) : null), [body]);
  const form = useMemo(
    () => (body.encoding === "utf8" && contentType.startsWith("application/x-www-form-urlencoded") ? [...new URLSearchParams(body.data)] : null),
    [body, contentType],
  );
  const modes: Mode[] = [
    ...engineModes,
    ...(body.encoding === "utf8"
      ? [...(pretty ? (["pretty"] as Mode[]) : []), ...(form ? (["form"] as Mode[]) : []), "raw" as Mode, "hex" as Mode]
      : (["hex"] as Mode[])),
  ];
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
      {(mode === "decoded" || mode === "parts") && captureId ? (
        <DecodedView captureId={captureId} mode={mode} />
      ) : mode === "form" && form ? (
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
