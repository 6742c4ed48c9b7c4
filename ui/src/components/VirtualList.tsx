import { useEffect, useRef, type KeyboardEvent, type ReactNode } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";

interface Props<T> {
  items: T[];
  idOf: (item: T) => string;
  rowHeight: number;
  selected: string | null;
  onSelect: (id: string) => void;
  onNearEnd: () => void;
  /** The listbox's accessible name. */
  label: string;
  /** Prefix of each row's element id (for aria-activedescendant). */
  idPrefix: string;
  className: string;
  /** The row's content; the row element itself (role option, position, selection) is made here. */
  renderRow: (item: T, selected: boolean) => ReactNode;
  rowClass?: (item: T) => string;
  rowTestId?: string;
  onRowClick?: (item: T, event: React.MouseEvent) => boolean;
  /** More single-key commands on the selected row (`x` marks in the inbox). */
  keys?: Record<string, () => void>;
}

/** A virtualized, keyboard-driven listbox: j/k or arrows, Home/End, Enter; newest first lists. */
export function VirtualList<T>({ items, idOf, rowHeight, selected, onSelect, onNearEnd, label, idPrefix, className, renderRow, rowClass, rowTestId, onRowClick, keys = {} }: Props<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const rows = virtualizer.getVirtualItems();
  const selectedIndex = items.findIndex((item) => idOf(item) === selected);

  useEffect(() => {
    const last = rows[rows.length - 1];
    if (last && last.index >= items.length - 20) onNearEnd();
  }, [rows, items.length, onNearEnd]);

  const move = (index: number) => {
    const clamped = Math.max(0, Math.min(items.length - 1, index));
    const item = items[clamped];
    if (item === undefined) return;
    onSelect(idOf(item));
    virtualizer.scrollToIndex(clamped, { align: "auto" });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const commands: Record<string, () => void> = {
      j: () => move(selectedIndex + 1),
      ArrowDown: () => move(selectedIndex + 1),
      k: () => move(selectedIndex < 0 ? 0 : selectedIndex - 1),
      ArrowUp: () => move(selectedIndex < 0 ? 0 : selectedIndex - 1),
      Home: () => move(0),
      End: () => move(items.length - 1),
      Enter: () => move(selectedIndex < 0 ? 0 : selectedIndex),
      ...keys,
    };
    const action = commands[event.key];
    if (action && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      action();
    }
  };

  return (
    <div
      ref={scroller}
      className={className}
      role="listbox"
      tabIndex={0}
      aria-label={label}
      aria-activedescendant={selected ? `${idPrefix}-${selected}` : undefined}
      onKeyDown={onKeyDown}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
        {rows.map((row) => {
          const item = items[row.index];
          const id = idOf(item);
          const isSelected = id === selected;
          return (
            <div
              key={id}
              id={`${idPrefix}-${id}`}
              role="option"
              aria-selected={isSelected}
              className={`list-row ${isSelected ? "selected" : ""} ${rowClass?.(item) ?? ""}`}
              data-testid={rowTestId}
              onClick={(event) => {
                if (!onRowClick?.(item, event)) onSelect(id);
              }}
              style={{ position: "absolute", top: 0, left: 0, right: 0, height: rowHeight, transform: `translateY(${row.start}px)` }}
            >
              {renderRow(item, isSelected)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
