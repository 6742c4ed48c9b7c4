/**
 * The start-up figure of `make bench-desktop` (and the native test) ends at the performance mark
 * `hookbench:content`: set in the first animation frame whose paint shows the first screen
 * complete. That is the receiver URL, "Listening" (the live stream is open), no loading state
 * anywhere (every one carries `aria-busy`), and on the inbox screen the latest captures with the
 * newest one opened, or "No requests yet.".
 */
export const CONTENT_MARK = "hookbench:content";

/** Gives up after this long (a start that never completes leaves no mark, so the bench fails). */
const LIMIT_MS = 60_000;

export function showsFirstScreen(doc: ParentNode): boolean {
  if (!doc.querySelector('[data-testid="receiver-url"]')) return false;
  if (!doc.querySelector(".listening .dot.live")) return false;
  if (doc.querySelector('[aria-busy="true"]')) return false;
  const list = doc.querySelector('section[aria-label="Captured requests"]');
  // Another screen: its loading states are aria-busy, checked above.
  if (!list) return true;
  if (list.querySelector('[data-testid="capture-row"]')) {
    return doc.querySelector('[data-testid="capture-detail"]') !== null;
  }
  return list.querySelector('.pane-message:not([role="alert"])') !== null;
}

/**
 * Checks once per frame, before it is painted, until the first screen is complete. The DOM a
 * frame callback sees is what that frame paints.
 */
export function markFirstContent() {
  if (performance.getEntriesByName(CONTENT_MARK).length > 0) return;
  const started = performance.now();
  const check = () => {
    if (showsFirstScreen(document)) performance.mark(CONTENT_MARK);
    else if (performance.now() - started < LIMIT_MS) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}
