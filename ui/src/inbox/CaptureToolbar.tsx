import { useState } from "react";
import { useQuery } from "@tanstack/react-query";

import { api } from "../api";
import type { Capture } from "../bindings/Capture";
import { useShortcuts } from "../app/useShortcuts";
import { copyText, useNotice } from "../components/useNotice";
import { bodyBytes, curlCommand } from "../curl";
import { ReplayDialog } from "../relay/ReplayDialog";
import { SendAsEvent } from "../sender/SendAsEvent";

/** Copy as cURL, copy or save the body, send it as an event, delete. Every action answers visibly. */
export function CaptureToolbar({ capture, onDelete }: { capture: Capture; onDelete: () => void }) {
  const status = useQuery({ queryKey: ["status"], queryFn: api.status });
  const [notice, say] = useNotice();
  // Open for one capture: choosing another closes it.
  const [sendingFor, setSendingFor] = useState<string | null>(null);
  const sending = sendingFor === capture.id;
  const [replayingFor, setReplayingFor] = useState<string | null>(null);
  useShortcuts({ r: () => setReplayingFor(capture.id) });
  const copy = (text: string, what: string) => copyText(text, what, say);
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
    <>
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
        <button
          type="button"
          onClick={() => setSendingFor(sending ? null : capture.id)}
          aria-expanded={sending}
          disabled={capture.body_size === 0}
          title="Send this body again as a provider event, signed, to the webhooks that subscribe to it"
          data-testid="send-as-event-open"
        >
          Send as event
        </button>
        <button
          type="button"
          onClick={() => setReplayingFor(capture.id)}
          title="Send this request again to a URL, with edits or re-signed (r)"
          data-testid="replay-open"
        >
          Replay…
        </button>
        <button type="button" onClick={() => window.confirm("Delete this capture?") && onDelete()} data-testid="delete-capture">
          Delete
        </button>
        {notice && <span className="notice" role="status">{notice}</span>}
      </div>
      {sending && <SendAsEvent key={capture.id} captureId={capture.id} onClose={() => setSendingFor(null)} />}
      {replayingFor === capture.id && (
        <ReplayDialog
          key={capture.id}
          choice={{ captures: [capture.id], body: capture.body.encoding === "utf8" ? capture.body.data : undefined }}
          onClose={() => setReplayingFor(null)}
        />
      )}
    </>
  );
}

function extension(contentType: string | null): string {
  if (!contentType) return "";
  if (contentType.includes("json")) return ".json";
  if (contentType.includes("xml")) return ".xml";
  if (contentType.includes("text/")) return ".txt";
  return "";
}
