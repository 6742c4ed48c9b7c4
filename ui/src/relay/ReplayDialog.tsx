import { useState } from "react";
import { useMutation, useQuery } from "@tanstack/react-query";

import { api } from "../api";
import { useShortcuts } from "../app/useShortcuts";
import { secretHint } from "../components/secretHint";
import type { ReplayProgress } from "../bindings/ReplayProgress";
import type { ReplayRequest } from "../bindings/ReplayRequest";
import { localMillis } from "../sender/deliveryFilter";
import { PairRows } from "../sender/PairRows";
import { ReplayProgressView } from "./ReplayProgressView";

/** What to replay: some captures by id (in arrival order), or a time range of an inbox. */
export type ReplayChoice = { captures: string[]; body?: string } | { inbox?: string };

const LAST_URL = "hookbench.replay.url";

/**
 * Send captures again to a URL, with header edits, a body edit (one capture), and an optional
 * re-sign; then its progress, live, with cancel.
 */
export function ReplayDialog({ choice, onClose }: { choice: ReplayChoice; onClose: () => void }) {
  const providers = useQuery({ queryKey: ["providers"], queryFn: api.providers });
  const [url, setUrl] = useState(() => sessionStorage.getItem(LAST_URL) ?? "");
  const [keepPath, setKeepPath] = useState(true);
  const [headers, setHeaders] = useState<[string, string][]>([]);
  const [remove, setRemove] = useState("");
  const single = "captures" in choice && choice.captures.length === 1;
  const [editBody, setEditBody] = useState(false);
  const [body, setBody] = useState("captures" in choice ? (choice.body ?? "") : "");
  const [resign, setResign] = useState({ provider: "", secret: "" });
  const [rate, setRate] = useState(10);
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [started, setStarted] = useState<ReplayProgress | null>(null);
  // Escape closes it wherever the focus is (a field handles its own Escape below).
  useShortcuts({ Escape: onClose });
  const start = useMutation({
    mutationFn: () => {
      const request: Partial<ReplayRequest> & { url: string } = {
        url: url.trim(),
        keep_path: keepPath,
        headers: headers.filter(([n]) => n.trim()).map(([name, value]) => ({ name: name.trim(), value })),
        remove_headers: remove.split(",").map((n) => n.trim()).filter(Boolean),
        per_second: rate,
      };
      if ("captures" in choice) {
        request.captures = choice.captures;
        if (single && editBody) request.body = body;
      } else {
        if (choice.inbox) request.inbox = choice.inbox;
        const fromMs = from ? localMillis(from) : null;
        const toMs = to ? localMillis(to) : null;
        if (fromMs !== null) request.from = fromMs;
        if (toMs !== null) request.to = toMs;
        if (fromMs === null && toMs === null) request.from = 0;
      }
      if (resign.provider) request.resign = { provider: resign.provider, secret: resign.secret };
      return api.replay(request);
    },
    onSuccess: (progress) => {
      sessionStorage.setItem(LAST_URL, url.trim());
      setStarted(progress);
    },
  });
  const what =
    "captures" in choice
      ? `${choice.captures.length} capture${choice.captures.length === 1 ? "" : "s"}`
      : `a time range of ${choice.inbox ?? "every inbox"}`;
  const signing = (providers.data ?? []).filter((p) => p.signing_scheme !== "none");
  const resignHint = secretHint(signing.find((p) => p.id === resign.provider)?.signing_scheme, "sign");
  return (
    <aside className="drawer replay-drawer" role="dialog" aria-labelledby="replay-title" data-testid="replay-dialog" onKeyDown={(e) => e.key === "Escape" && onClose()}>
      <header className="drawer-head">
        <h2 id="replay-title">Replay {what}</h2>
        <button type="button" onClick={onClose}>Close</button>
      </header>
      <form
        className="drawer-body"
        onSubmit={(e) => {
          e.preventDefault();
          start.mutate();
        }}
      >
        <p className="muted">Each request goes out with its method, headers and exact body, one at a time in the order it arrived. Every attempt is kept with its response, like a delivery's.</p>
        <label className="field">
          <span>Target URL</span>
          <input value={url} onChange={(e) => setUrl(e.target.value)} placeholder="http://127.0.0.1:3000/webhooks" className="mono" spellCheck={false} autoFocus data-testid="replay-url" />
        </label>
        <label className="check">
          <input type="checkbox" checked={keepPath} onChange={(e) => setKeepPath(e.target.checked)} />
          Append each request's path after its inbox segment, and its query
        </label>
        {!("captures" in choice) && (
          <div className="field-row">
            <label className="field"><span>Received from</span><input type="datetime-local" step={1} value={from} onChange={(e) => setFrom(e.target.value)} data-testid="replay-from" /></label>
            <label className="field"><span>Received until</span><input type="datetime-local" step={1} value={to} onChange={(e) => setTo(e.target.value)} /></label>
          </div>
        )}
        <div className="field-row">
          <label className="field narrow">
            <span>Per second</span>
            <input type="number" min={1} max={1000} value={rate} onChange={(e) => setRate(Number(e.target.value))} />
          </label>
        </div>
        <div className="field">
          <span>Set headers</span>
          <PairRows rows={headers} onChange={setHeaders} columns={[{ label: "Header", placeholder: "X-Replay" }, { label: "Value", placeholder: "1" }]} addLabel="Add header" rowName="header" />
        </div>
        <label className="field">
          <span>Remove headers (names, comma separated)</span>
          <input value={remove} onChange={(e) => setRemove(e.target.value)} placeholder="x-request-id" spellCheck={false} />
        </label>
        {single && (
          <>
            <label className="check">
              <input type="checkbox" checked={editBody} onChange={(e) => setEditBody(e.target.checked)} data-testid="replay-edit-body" />
              Edit the body first
            </label>
            {editBody && (
              <label className="field">
                <span>Body (sent as typed)</span>
                <textarea rows={8} className="mono" value={body} onChange={(e) => setBody(e.target.value)} spellCheck={false} data-testid="replay-body" />
              </label>
            )}
          </>
        )}
        <div className="field-row">
          <label className="field">
            <span>Re-sign with a profile's scheme</span>
            <select value={resign.provider} onChange={(e) => setResign({ ...resign, provider: e.target.value })} data-testid="replay-resign-provider">
              <option value="">Keep the captured signature</option>
              {signing.map((p) => <option key={p.id} value={p.id}>{p.name} ({p.signing_scheme})</option>)}
            </select>
          </label>
          {resign.provider && (
            <label className="field">
              <span>Secret</span>
              <input value={resign.secret} onChange={(e) => setResign({ ...resign, secret: e.target.value })} spellCheck={false} className="mono" data-testid="replay-resign-secret" />
              {resignHint && <span data-testid="secret-hint">{resignHint}</span>}
            </label>
          )}
        </div>
        {resign.provider && <p className="muted">Signed afresh at each attempt: a stale timestamp becomes current, so a consumer's tolerance check passes.</p>}
        <div className="toolbar">
          <button type="submit" className="primary" disabled={start.isPending || !url.trim()} data-testid="replay-start">
            {start.isPending ? "Starting…" : started ? "Replay again" : "Replay"}
          </button>
        </div>
        {start.error && <p className="error-text" role="alert" data-testid="replay-error">{start.error.message}</p>}
        {started && <ReplayProgressView key={started.id} started={started} />}
      </form>
    </aside>
  );
}
