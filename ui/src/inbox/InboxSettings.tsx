import { useEffect, useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "../api";
import type { Inbox } from "../bindings/Inbox";
import type { InboxConfig } from "../bindings/InboxConfig";
import { CopyButton } from "../components/CopyButton";
import { secretHint } from "../components/secretHint";
import { ForwardFields } from "../relay/ForwardFields";
import { ResponseFields } from "./ResponseFields";
import { RulesEditor } from "./RulesEditor";

/** One inbox: name and URL, the response it answers with, its rules, its verification. */
export function InboxSettings({ slug, onClose }: { slug: string; onClose: () => void }) {
  const queryClient = useQueryClient();
  const inboxes = useQuery({ queryKey: ["inboxes"], queryFn: api.inboxes });
  const providers = useQuery({ queryKey: ["providers"], queryFn: api.providers });
  const inbox = inboxes.data?.find((i) => i.slug === slug);
  const [draft, setDraft] = useState<Inbox | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    if (inbox && !draft) setDraft(inbox);
  }, [inbox, draft]);

  const done = (text: string) => {
    setMessage({ ok: true, text });
    void queryClient.invalidateQueries({ queryKey: ["inboxes"] });
  };
  const fail = (e: Error) => setMessage({ ok: false, text: e.message });
  const save = useMutation({
    mutationFn: () => api.updateInbox(slug, { slug: draft!.slug, name: draft!.name, config: draft!.config }),
    onSuccess: (saved) => {
      setDraft(saved);
      done("Saved. New requests get these answers.");
    },
    onError: fail,
  });
  const clear = useMutation({ mutationFn: () => api.clearInbox(slug), onSuccess: (r) => done(`Deleted ${r.removed} captures.`), onError: fail });
  const remove = useMutation({ mutationFn: () => api.deleteInbox(slug), onSuccess: () => { done("Deleted."); onClose(); }, onError: fail });

  if (!draft) return <div className="pane-message" aria-busy="true">Loading…</div>;
  const setConfig = (config: InboxConfig) => setDraft({ ...draft, config });
  const verify = draft.config.verify;
  const verifyHint = secretHint(providers.data?.find((p) => p.id === verify?.provider)?.signing_scheme, "verify");
  return (
    <article className="inbox-settings" data-testid="inbox-settings">
      <header className="workbench-head">
        <div>
          <h2>{draft.name}</h2>
          <p className="muted mono">{inbox?.url} <CopyButton text={inbox?.url ?? ""} label="Copy the inbox URL" /></p>
        </div>
        <div className="toolbar">
          <button type="button" onClick={onClose}>Close</button>
          <button type="button" className="primary" onClick={() => save.mutate()} disabled={save.isPending} data-testid="save-inbox">Save</button>
        </div>
      </header>
      {message && <p className={message.ok ? "validation valid" : "validation invalid"} role="status">{message.text}</p>}

      <section className="settings-section">
        <h3 className="section-title">Name and URL</h3>
        <div className="field-row">
          <label className="field"><span>Name</span><input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} /></label>
          <label className="field">
            <span>URL segment{slug === "default" ? " (fixed for the default inbox)" : " (changing it changes the URL)"}</span>
            <input value={draft.slug} disabled={slug === "default"} onChange={(e) => setDraft({ ...draft, slug: e.target.value.toLowerCase() })} spellCheck={false} />
          </label>
        </div>
      </section>

      <section className="settings-section">
        <h3 className="section-title">Response</h3>
        <p className="muted">What every request gets unless a rule below matches. <code>{"{{capture_id}}"}</code> in the body becomes the capture's id.</p>
        <ResponseFields value={draft.config.response} onChange={(response) => setConfig({ ...draft.config, response })} />
      </section>

      <section className="settings-section">
        <h3 className="section-title">Rules</h3>
        <p className="muted">Tried in order; the first whose conditions all hold chooses the response. Use them to test a consumer's retries and error paths.</p>
        <RulesEditor rules={draft.config.rules} onChange={(rules) => setConfig({ ...draft.config, rules })} />
      </section>

      <section className="settings-section">
        <h3 className="section-title">Signature verification</h3>
        <div className="field-row">
          <label className="field">
            <span>Provider</span>
            <select
              value={verify?.provider ?? ""}
              onChange={(e) => setConfig({ ...draft.config, verify: e.target.value ? { provider: e.target.value, secrets: verify?.secrets ?? [] } : null })}
              data-testid="verify-provider"
            >
              <option value="">Do not verify</option>
              {(providers.data ?? []).map((p) => <option key={p.id} value={p.id}>{p.name} ({p.signing_scheme})</option>)}
            </select>
          </label>
          {verify && (
            <label className="field">
              <span>Secret(s), one per line</span>
              <textarea
                rows={2}
                value={verify.secrets.join("\n")}
                onChange={(e) => setConfig({ ...draft.config, verify: { ...verify, secrets: e.target.value.split("\n") } })}
                spellCheck={false}
                data-testid="verify-secret"
              />
              {verifyHint && <span data-testid="secret-hint">{verifyHint}</span>}
            </label>
          )}
        </div>
      </section>

      <section className="settings-section">
        <h3 className="section-title">Notifications</h3>
        <label className="check">
          <input
            type="checkbox"
            checked={draft.config.notify}
            onChange={(e) => setConfig({ ...draft.config, notify: e.target.checked })}
            data-testid="inbox-notify"
          />
          Notify: the desktop app shows a notification for each request to this inbox (at most one every 10 s, counting the rest)
        </label>
        <h3 className="section-title">Forwarding</h3>
        <p className="muted">Sit between a provider and the app you are writing: each capture goes on to your app with its method, path, query, headers and exact body, and the app's answer is kept beside it.</p>
        <ForwardFields
          value={draft.config.forward ?? undefined}
          onChange={(forward) => {
            const { forward: _dropped, ...rest } = draft.config;
            setConfig(forward ? { ...rest, forward } : rest);
          }}
        />
      </section>

      <section className="settings-section danger">
        <h3 className="section-title">Captures</h3>
        <div className="toolbar">
          <button type="button" onClick={() => window.confirm(`Delete every capture of ${draft.name}?`) && clear.mutate()}>Clear captures</button>
          {slug !== "default" && (
            <button type="button" onClick={() => window.confirm(`Delete ${draft.name} and its captures?`) && remove.mutate()}>Delete inbox</button>
          )}
        </div>
      </section>
    </article>
  );
}
