import { useCallback, useEffect, useRef, useState } from "react";

/** A short message that answers an action ("Copied"), gone after `ms`. */
export function useNotice(ms = 2000): [string | null, (text: string) => void] {
  const [notice, setNotice] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const say = useCallback(
    (text: string) => {
      clearTimeout(timer.current);
      setNotice(text);
      timer.current = setTimeout(() => setNotice(null), ms);
    },
    [ms],
  );
  return [notice, say];
}

/** Copies text and says whether it worked. */
export async function copyText(text: string, what: string, say: (text: string) => void): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    say(`${what} copied`);
  } catch {
    say(`${what} could not be copied: the clipboard is not available here`);
  }
}
