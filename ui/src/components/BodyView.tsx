import { useMemo, useState } from "react";

import type { Body } from "../bindings/Body";
import { hexDump, prettyJson } from "../format";

type Mode = "pretty" | "raw" | "hex";

/** A body as pretty JSON, raw text or hex. Always rendered as text, never as markup. */
export function BodyView({ body, size }: { body: Body; size: number }) {
  const pretty = useMemo(() => (body.encoding === "utf8" ? prettyJson(body.data) : null), [body]);
  const modes: Mode[] = body.encoding === "utf8" ? (pretty ? ["pretty", "raw", "hex"] : ["raw", "hex"]) : ["hex"];
  const [chosen, setMode] = useState<Mode>(modes[0]);
  const mode = modes.includes(chosen) ? chosen : modes[0];
  if (size === 0) return <p className="muted">Empty body.</p>;
  const text =
    mode === "pretty" && pretty !== null
      ? pretty
      : mode === "raw"
        ? body.data
        : hexDump(body.encoding === "base64" ? body.data : utf8ToBase64(body.data));
  return (
    <div className="body-view">
      <div className="segmented" role="tablist" aria-label="Body format">
        {modes.map((m) => (
          <button key={m} type="button" role="tab" aria-selected={m === mode} onClick={() => setMode(m)}>
            {m === "pretty" ? "Pretty" : m === "raw" ? "Raw" : "Hex"}
          </button>
        ))}
      </div>
      <pre className="mono body" data-testid="body">{text}</pre>
    </div>
  );
}

function utf8ToBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return btoa(binary);
}
