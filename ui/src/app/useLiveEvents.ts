import { useEffect, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";

import { followEvents } from "../api";
import { capturesKey, prependCapture } from "../inbox/useCaptures";

/** Follows the engine's event stream and folds it into the query cache. */
export function useLiveEvents(): boolean {
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    const abort = new AbortController();
    void followEvents(
      (signal) => {
        if (signal.kind === "resync") {
          void queryClient.invalidateQueries({ queryKey: capturesKey });
          void queryClient.invalidateQueries({ queryKey: ["inboxes"] });
          return;
        }
        const event = signal.event;
        switch (event.type) {
          case "capture.stored":
            prependCapture(queryClient, event.capture);
            break;
          case "captures.removed":
            void queryClient.invalidateQueries({ queryKey: capturesKey });
            break;
          case "inboxes.changed":
            void queryClient.invalidateQueries({ queryKey: ["inboxes"] });
            break;
        }
      },
      setConnected,
      abort.signal,
    );
    return () => abort.abort();
  }, [queryClient]);
  return connected;
}
