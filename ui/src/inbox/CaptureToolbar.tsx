import { useState } from "react";
import { useQuery } from "@tanstack/react-query";

import { api } from "../api";
import type { Capture } from "../bindings/Capture";
import { bodyBytes, curlCommand } from "../curl";

/** Copy as cURL, copy or save the body, delete. Every action answers visibly. */
export function CaptureToolbar({ capture, onDelete }: { capture: Capture; onDelete: () => void }) {
  const status = useQuery({ queryKey: ["status"], queryFn: api.status });
  const [notice, setNotice] = useState<string | null>(null);
  const say = (text: string) => {
    setNotice(text);
    setTimeout(() => setNotice(null), 2000);
  };
  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      say(`${what} copied`);
    } catch {
      say(`${what} could not be copied: the clipboard is not available here`);
    }
  };
  const save = () => {
    const bytes = bodyBytes(capture.body);
    const blob = new Blob([bytes as BlobPart], { type: capture.content_type ?? "application/octet-stream" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = `${capture.id}.body${extension(capture.content_type)}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    say("Body saved");
  };
  return (
    <div className="toolbar capture-toolbar" role="toolbar" aria-label="Capture actions">
      <button
        type="button"
        onClick={() => status.data && void copy(curlCommand(capture, status.data.receiver_url), "cURL command")}
        disabled={!status.data}
        data-testid="copy-curl"
        title="A command that sends this exact request again (c)"
      >
        Copy as cURL
      </button>
      <button type="button" onClick={() => void copy(new TextDecoder().decode(bodyBytes(capture.body)), "Body")} disabled={capture.body_size === 0}>
        Copy body
      </button>
      <button type="button" onClick={save} disabled={capture.body_size === 0}>Save body</button>
      <button type="button" onClick={() => window.confirm("Delete this capture?") && onDelete()} data-testid="delete-capture">
        Delete
      </button>
      {notice && <span className="notice" role="status">{notice}</span>}
    </div>
  );
}

function extension(contentType: string | null): string {
  if (!contentType) return "";
  if (contentType.includes("json")) return ".json";
  if (contentType.includes("xml")) return ".xml";
  if (contentType.includes("text/")) return ".txt";
  return "";
}
