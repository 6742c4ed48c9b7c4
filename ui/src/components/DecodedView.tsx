import { useQuery } from "@tanstack/react-query";

import { api } from "../api";
import { formatBytes, prettyJson } from "../format";

/** A capture's body decoded on the engine: Content-Encoding undone, multipart split into parts. */
export function DecodedView({ captureId, mode }: { captureId: string; mode: "decoded" | "parts" }) {
  const decoded = useQuery({ queryKey: ["decoded", captureId], queryFn: () => api.decoded(captureId) });
  if (decoded.error) return <p className="error-text" role="alert">{decoded.error.message}</p>;
  if (!decoded.data) return <p className="muted" aria-busy="true">Decoding…</p>;
  const d = decoded.data;
  if (mode === "parts") {
    if (d.multipart_error) return <p className="error-text">The multipart body could not be split: {d.multipart_error}</p>;
    return (
      <table className="kv" data-testid="multipart-table">
        <thead>
          <tr><th scope="col">Field</th><th scope="col">Value</th></tr>
        </thead>
        <tbody>
          {(d.multipart ?? []).map((part, i) => (
            <tr key={i}>
              <td className="mono name">
                {part.name ?? "(no name)"}
                {part.filename && <div className="muted">file: {part.filename}</div>}
                {part.content_type && <div className="muted">{part.content_type}</div>}
              </td>
              <td className="mono value">
                {part.body.encoding === "utf8" ? part.body.data : `${formatBytes(Number(part.size))} of binary data`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  if (d.decode_error) return <p className="error-text">The {d.content_encoding} body could not be decoded: {d.decode_error}</p>;
  if (!d.decoded) return <p className="muted">Nothing to decode.</p>;
  const text = d.decoded.encoding === "utf8" ? (prettyJson(d.decoded.data) ?? d.decoded.data) : "(binary data after decoding: see Hex)";
  return (
    <pre className="mono body" data-testid="decoded-body">{text}</pre>
  );
}
