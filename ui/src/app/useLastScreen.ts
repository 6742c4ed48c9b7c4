import { useEffect, useRef } from "react";

import { api } from "../api";

/**
 * Reopens the screen shown last (kept by the engine, since the desktop window's page address
 * changes at every start), then remembers each screen opened.
 */
export function useLastScreen(): void {
  const restored = useRef(false);
  useEffect(() => {
    const save = () => {
      if (window.location.hash.startsWith("#/")) void api.saveLastScreen({ screen: window.location.hash }).catch(() => {});
    };
    if (!restored.current) {
      restored.current = true;
      if (!window.location.hash.startsWith("#/")) {
        void api
          .lastScreen()
          .then((last) => {
            if (last.screen && !window.location.hash.startsWith("#/")) window.location.replace(last.screen);
          })
          .catch(() => {});
      }
    }
    window.addEventListener("hashchange", save);
    return () => window.removeEventListener("hashchange", save);
  }, []);
}
