import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "../api";
import { CopyButton } from "../components/CopyButton";

interface Props {
  selected?: string;
  onSelect: (slug: string | undefined) => void;
  onSettings: (slug: string) => void;
}

/** The inboxes with their URLs; a form to add one. */
export function InboxesPane({ selected, onSelect, onSettings }: Props) {
  const queryClient = useQueryClient();
  const inboxes = useQuery({ queryKey: ["inboxes"], queryFn: api.inboxes });
  const [slug, setSlug] = useState("");
  const [error, setError] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () => api.createInbox({ slug: slug.trim() }),
    onSuccess: (inbox) => {
      setSlug("");
      setError(null);
      void queryClient.invalidateQueries({ queryKey: ["inboxes"] });
      onSelect(inbox.slug);
    },
    onError: (e) => setError(e.message),
  });
  return (
    <nav className="pane inboxes-pane" aria-label="Inboxes">
      <header className="pane-header"><h2>Inboxes</h2></header>
      <ul className="plain-list" data-testid="inbox-list">
        <li>
          <button type="button" className={`inbox-item ${selected === undefined ? "selected" : ""}`} onClick={() => onSelect(undefined)}>
            <span className="list-title">All requests</span>
          </button>
        </li>
        {(inboxes.data ?? []).map((inbox) => (
          <li key={inbox.slug} className="inbox-entry">
            <button
              type="button"
              className={`inbox-item ${selected === inbox.slug ? "selected" : ""}`}
              onClick={() => onSelect(inbox.slug)}
              aria-current={selected === inbox.slug ? "true" : undefined}
            >
              <span className="list-title">{inbox.name}</span>
              <span className="list-meta mono" title={inbox.url}>/{inbox.slug}</span>
              {(inbox.config.verify || inbox.config.rules.length > 0 || inbox.config.response.status !== 200) && (
                <span className="list-meta">
                  {[
                    inbox.config.verify && `verifies ${inbox.config.verify.provider}`,
                    inbox.config.response.status !== 200 && `answers ${inbox.config.response.status}`,
                    inbox.config.rules.length > 0 && `${inbox.config.rules.length} rule${inbox.config.rules.length === 1 ? "" : "s"}`,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </span>
              )}
            </button>
            <div className="inbox-actions">
              <CopyButton text={inbox.url} label={`Copy the URL of ${inbox.name}`} />
              <button type="button" className="copy" onClick={() => onSettings(inbox.slug)} aria-label={`Settings of ${inbox.name}`}>
                Settings
              </button>
            </div>
          </li>
        ))}
      </ul>
      <form
        className="new-inbox"
        onSubmit={(e) => {
          e.preventDefault();
          if (slug.trim()) create.mutate();
        }}
      >
        <input
          value={slug}
          onChange={(e) => setSlug(e.target.value.toLowerCase())}
          placeholder="new-inbox"
          aria-label="New inbox URL segment"
          spellCheck={false}
        />
        <button type="submit" disabled={!slug.trim() || create.isPending}>Add</button>
      </form>
      {error && <p className="error-text pad" role="alert">{error}</p>}
    </nav>
  );
}
