import { useEffect, useRef } from "react";

const METHODS = ["", "POST", "GET", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

interface Props {
  search: string;
  onSearch: (text: string) => void;
  method: string;
  onMethod: (method: string) => void;
  count: number;
  more: boolean;
  inbox?: string;
}

/** Search (every word, as a prefix, in path, headers and body; `/` focuses) and filters. */
export function ListToolbar({ search, onSearch, method, onMethod, count, more, inbox }: Props) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const typing = event.target instanceof HTMLElement && event.target.closest("input, textarea, select, .cm-editor, [contenteditable]");
      if (event.key === "/" && !typing) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
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
      </div>
      <div className="list-meta-row">
        <span className="count" data-testid="capture-count">
          {count}
          {more ? "+" : ""} request{count === 1 ? "" : "s"}
        </span>
        <span className="muted">{inbox ? `in ${inbox}` : "in all inboxes"}</span>
      </div>
    </header>
  );
}
