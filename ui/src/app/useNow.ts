import { useEffect, useState } from "react";

/** The current time, refreshed every `interval` ms while `active` (for "in 4 s" and "5 min ago"). */
export function useNow(interval: number, active = true): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), interval);
    return () => clearInterval(timer);
  }, [interval, active]);
  return now;
}
