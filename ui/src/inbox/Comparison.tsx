import { useQuery } from "@tanstack/react-query";

import { api } from "../api";
import { CompareView } from "./CompareView";

/** Loads the two marked captures and compares them. */
export function Comparison({ left, right }: { left: string; right: string }) {
  const a = useQuery({ queryKey: ["capture", left], queryFn: () => api.capture(left) });
  const b = useQuery({ queryKey: ["capture", right], queryFn: () => api.capture(right) });
  const error = a.error ?? b.error;
  if (error) return <div className="pane-message" role="alert">{error.message}</div>;
  if (!a.data || !b.data) return <div className="pane-message" aria-busy="true">Loading both captures…</div>;
  return <CompareView left={a.data} right={b.data} />;
}
