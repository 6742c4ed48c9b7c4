import type { CaptureSummary } from "../bindings/CaptureSummary";
import { ProviderChip, SignatureBadge } from "../components/ProviderChip";
import { VirtualList } from "../components/VirtualList";
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
  /** Filters the list by a row's provider (and event). */
  onPickProvider: (provider: string, event?: string) => void;
  now: number;
}

/** A virtualized, keyboard-driven list (j/k or arrows, Home/End; x marks). */
export function CaptureList({ captures, selected, onSelect, marked, onMark, onNearEnd, onPickProvider, now }: Props) {
  return (
    <VirtualList
      items={captures}
      idOf={(c) => c.id}
      rowHeight={ROW_HEIGHT}
      selected={selected}
      onSelect={onSelect}
      onNearEnd={onNearEnd}
      label="Captured requests, newest first"
      idPrefix="capture"
      className="virtual-list capture-list"
      rowClass={(c) => `capture-row ${marked.includes(c.id) ? "marked" : ""}`}
      rowTestId="capture-row"
      onRowClick={(capture, event) => {
        if (!event.ctrlKey && !event.metaKey) return false;
        onMark(capture.id);
        return true;
      }}
      keys={{ x: () => selected && onMark(selected) }}
      renderRow={(capture) => {
        const target = capture.query ? `${capture.path}?${capture.query}` : capture.path;
        return (
          <>
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
              {capture.provider && <ProviderChip provider={capture.provider} event={capture.event} onPick={onPickProvider} />}
            </div>
            <div className="row-line meta">
              <span className={`status ${statusClass(capture.response_status)}`}>{capture.response_status}</span>
              <span>{formatBytes(capture.body_size)}</span>
              <span className="inbox-name">{capture.inbox}</span>
              {capture.signature && <SignatureBadge state={capture.signature} />}
              <time dateTime={new Date(capture.received_at).toISOString()} title={exactTime(capture.received_at)}>
                {relativeTime(capture.received_at, now)}
              </time>
            </div>
          </>
        );
      }}
    />
  );
}
