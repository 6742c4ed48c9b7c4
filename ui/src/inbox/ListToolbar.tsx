import { useRef, useState } from "react";
import { useQuery } from "@tanstack/react-query";

import { api } from "../api";
import { ProviderChip } from "../components/ProviderChip";
import { useShortcuts } from "../app/useShortcuts";
import { ReplayDialog } from "../relay/ReplayDialog";

const METHODS = ["", "POST", "GET", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

interface Props {
  search: string;
  onSearch: (text: string) => void;
  method: string;
  onMethod: (method: string) => void;
  /** The recognised provider (and event) to show only. */
  provider?: string;
  event?: string;
  onProvider: (provider?: string, event?: string) => void;
  count: number;
  more: boolean;
  inbox?: string;
  marked: string[];
  onCompare: () => void;
  onClearMarks: () => void;
}

/** Search (every word, as a prefix, in path, headers and body; `/` focuses) and filters. */
export function ListToolbar({ search, onSearch, method, onMethod, provider, event, onProvider, count, more, inbox, marked, onCompare, onClearMarks }: Props) {
  const providers = useQuery({ queryKey: ["providers"], queryFn: api.providers, staleTime: Infinity });
  const [exportError, setExportError] = useState<string | null>(null);
  const [replaying, setReplaying] = useState(false);
  const exportAs = async (format: "har" | "json") => {
    setExportError(null);
    try {
      const blob = await api.exportCaptures({ format, inbox, ids: marked.length > 0 ? marked : undefined });
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = `hookbench-${inbox ?? "all"}.${format}`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (e) {
      setExportError(e instanceof Error ? e.message : String(e));
    }
  };
  const input = useRef<HTMLInputElement>(null);
  useShortcuts({ "/": () => input.current?.focus() });
  return (
    <header className="list-toolbar">
      <div className="search-row">
        <input
          ref={input}
          type="search"
          value={search}
          onChange={(e) => onSearch(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Escape") {
              onSearch("");
              input.current?.blur();
            }
          }}
          placeholder="Search path, headers, body  ( / )"
          aria-label="Search captures"
          data-testid="search"
        />
        <select value={method} onChange={(e) => onMethod(e.target.value)} aria-label="Method" data-testid="method-filter">
          {METHODS.map((m) => (
            <option key={m} value={m}>{m || "Any method"}</option>
          ))}
        </select>
        <select
          value={provider ?? ""}
          onChange={(e) => onProvider(e.target.value || undefined)}
          aria-label="Provider"
          data-testid="provider-filter"
        >
          <option value="">Any provider</option>
          {(providers.data ?? [])
            .filter((p) => p.id !== "generic")
            .map((p) => (
              <option key={p.id} value={p.id}>{p.name}</option>
            ))}
        </select>
      </div>
      {provider && event && (
        <div className="filter-chip" data-testid="event-filter">
          <span className="muted">Only</span>
          <ProviderChip provider={provider} event={event} />
          <button type="button" onClick={() => onProvider(provider)} aria-label={`Show every ${event} of this provider's events`} title="Any event of this provider">
            ×
          </button>
        </div>
      )}
      <div className="list-meta-row">
        <span className="count" data-testid="capture-count">
          {count}
          {more ? "+" : ""} request{count === 1 ? "" : "s"}
        </span>
        <span className="muted">{inbox ? `in ${inbox}` : "in all inboxes"}</span>
      </div>
      <div className="list-actions">
        {marked.length > 0 && (
          <>
            <span className="muted">{marked.length} marked</span>
            <button type="button" onClick={onCompare} disabled={marked.length !== 2} title="Mark exactly two (Ctrl-click or x) to compare" data-testid="compare">
              Compare
            </button>
            <button type="button" onClick={onClearMarks}>Unmark</button>
          </>
        )}
        <button type="button" onClick={() => void exportAs("har")} title={marked.length ? "Export the marked captures" : "Export every capture listed here's inbox"} data-testid="export-har">
          Export HAR
        </button>
        <button type="button" onClick={() => void exportAs("json")}>JSON</button>
        <button
          type="button"
          onClick={() => setReplaying(true)}
          title={marked.length ? "Replay the marked captures, in the order they arrived" : "Replay a time range of this inbox, in the order it arrived"}
          data-testid="bulk-replay-open"
        >
          Replay{marked.length ? ` ${marked.length}` : ""}…
        </button>
      </div>
      {replaying && (
        <ReplayDialog choice={marked.length ? { captures: marked } : { inbox }} onClose={() => setReplaying(false)} />
      )}
      {exportError && <p className="error-text" role="alert">{exportError}</p>}
    </header>
  );
}
