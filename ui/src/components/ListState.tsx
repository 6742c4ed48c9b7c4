import type { ReactNode } from "react";

interface Props {
  error: Error | null;
  onRetry: () => void;
  pending: boolean;
  loading: string;
  /** What to say when there is nothing to list; null when there is. */
  empty: string | null;
  children: ReactNode;
}

/** A list pane's states: the error with Try again, loading, nothing to show, or the list. */
export function ListState({ error, onRetry, pending, loading, empty, children }: Props) {
  if (error) {
    return (
      <div className="pane-message" role="alert">
        <p>{error.message}</p>
        <button type="button" onClick={onRetry}>Try again</button>
      </div>
    );
  }
  if (pending) return <div className="pane-message" aria-busy="true">{loading}</div>;
  if (empty !== null) return <div className="pane-message">{empty}</div>;
  return <>{children}</>;
}
