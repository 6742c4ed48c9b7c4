import { useEffect, useRef, type KeyboardEvent } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";

import type { CaptureSummary } from "../bindings/CaptureSummary";
import { exactTime, formatBytes, relativeTime, statusClass } from "../format";

const ROW_HEIGHT = 56;

interface Props {
  captures: CaptureSummary[];
  selected: string | null;
  onSelect: (id: string) => void;
  /** Captures marked for Compare/Export (Ctrl- or Cmd-click, or x). */
  marked: string[];
  onMark: (id: string) => void;
  onNearEnd: () => void;
  now: number;
}

/** A virtualized, keyboard-driven list (j/k or arrows, Home/End). */
export function CaptureList({ captures, selected, onSelect, marked, onMark, onNearEnd, now }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: captures.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const selectedIndex = captures.findIndex((c) => c.id === selected);

  useEffect(() => {
    const last = items[items.length - 1];
    if (last && last.index >= captures.length - 20) onNearEnd();
  }, [items, captures.length, onNearEnd]);

  const move = (index: number) => {
    const clamped = Math.max(0, Math.min(captures.length - 1, index));
    const capture = captures[clamped];
    if (!capture) return;
    onSelect(capture.id);
    virtualizer.scrollToIndex(clamped, { align: "auto" });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      j: () => move(selectedIndex + 1),
      ArrowDown: () => move(selectedIndex + 1),
      k: () => move(selectedIndex < 0 ? 0 : selectedIndex - 1),
      ArrowUp: () => move(selectedIndex < 0 ? 0 : selectedIndex - 1),
      Home: () => move(0),
      End: () => move(captures.length - 1),
      Enter: () => move(selectedIndex < 0 ? 0 : selectedIndex),
      x: () => selected && onMark(selected),
    };
    const action = keys[event.key];
    if (action && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      action();
    }
  };

  return (
    <div
      ref={scroller}
      className="capture-list"
      role="listbox"
      tabIndex={0}
      aria-label="Captured requests, newest first"
      aria-activedescendant={selected ? `capture-${selected}` : undefined}
      onKeyDown={onKeyDown}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
        {items.map((item) => {
          const capture = captures[item.index];
          const target = capture.query ? `${capture.path}?${capture.query}` : capture.path;
          return (
            <div
              key={capture.id}
              id={`capture-${capture.id}`}
              role="option"
              aria-selected={capture.id === selected}
              className={`capture-row ${capture.id === selected ? "selected" : ""} ${marked.includes(capture.id) ? "marked" : ""}`}
              data-testid="capture-row"
              onClick={(event) => (event.ctrlKey || event.metaKey ? onMark(capture.id) : onSelect(capture.id))}
              style={{ position: "absolute", top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
            >
              <div className="row-line">
                <input
                  type="checkbox"
                  className="mark"
                  checked={marked.includes(capture.id)}
                  onChange={() => onMark(capture.id)}
                  onClick={(event) => event.stopPropagation()}
                  aria-label={`Mark ${capture.method} ${target} to compare or export`}
                  tabIndex={-1}
                />
                <span className={`method method-${capture.method.toLowerCase()}`}>{capture.method}</span>
                <span className="path" title={target}>{target}</span>
              </div>
              <div className="row-line meta">
                <span className={`status ${statusClass(capture.response_status)}`}>{capture.response_status}</span>
                <span>{formatBytes(capture.body_size)}</span>
                <span className="inbox-name">{capture.inbox}</span>
                {capture.signature && <span className={`sig ${capture.signature}`} title="Signature check of the inbox">{capture.signature}</span>}
                <time dateTime={new Date(capture.received_at).toISOString()} title={exactTime(capture.received_at)}>
                  {relativeTime(capture.received_at, now)}
                </time>
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
