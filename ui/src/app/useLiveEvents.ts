import { useEffect, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";

import { followEvents } from "../api";
import { reloadAll } from "./reloadQuery";
import { capturesKey, prependCapture } from "../inbox/useCaptures";
import type { Webhook } from "../bindings/Webhook";
import { deliveriesKey, foldDelivery, webhooksKey } from "../sender/useDeliveries";

/** Follows the engine's event stream and folds it into the query cache. */
export function useLiveEvents(): boolean {
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    const abort = new AbortController();
    void followEvents(
      (signal) => {
        if (signal.kind === "resync") {
          // What changed before the stream was open has no event: every list loads again.
          for (const key of [capturesKey, ["inboxes"], deliveriesKey, ["delivery"], webhooksKey]) reloadAll(queryClient, key);
          return;
        }
        const event = signal.event;
        switch (event.type) {
          case "capture.stored":
            prependCapture(queryClient, event.capture);
            break;
          case "captures.removed":
          case "captures.updated":
            void queryClient.invalidateQueries({ queryKey: capturesKey });
            void queryClient.invalidateQueries({ queryKey: ["capture"] });
            break;
          case "provider_secrets.changed":
            void queryClient.invalidateQueries({ queryKey: ["provider-secrets"] });
            break;
          case "inboxes.changed":
            void queryClient.invalidateQueries({ queryKey: ["inboxes"] });
            break;
          case "delivery.updated":
            foldDelivery(queryClient, event.delivery);
            break;
          case "webhook.disabled": {
            // Shown at once (the banner reads this list); the refetch below confirms it.
            const disabled = { ...event.webhook, active: false, disabled_reason: event.webhook.disabled_reason ?? event.reason };
            queryClient.setQueryData<Webhook[]>(webhooksKey, (list) => list?.map((w) => (w.id === disabled.id ? disabled : w)));
            void queryClient.invalidateQueries({ queryKey: webhooksKey });
            break;
          }
          case "settings.changed":
            // The theme, the receiver's address (and so every inbox URL) may have changed.
            void queryClient.invalidateQueries({ queryKey: ["settings"] });
            void queryClient.invalidateQueries({ queryKey: ["status"] });
            void queryClient.invalidateQueries({ queryKey: ["inboxes"] });
            break;
          case "webhooks.changed":
            void queryClient.invalidateQueries({ queryKey: webhooksKey });
            break;
          case "replay.progress":
            queryClient.setQueryData(["replay", event.replay.id], event.replay);
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
