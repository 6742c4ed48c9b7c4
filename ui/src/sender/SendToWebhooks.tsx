import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "../api";
import { routeHref } from "../app/route";
import { TriggerResultView } from "./TriggerResultView";
import { foldDeliveries, webhooksKey } from "./useDeliveries";

interface Props {
  provider: string;
  event: string;
  /** The payload as edited. */
  body: string | null;
  variant?: string;
}

/** The edited event, sent to every webhook of the profile that subscribes to it, or to one. */
export function SendToWebhooks({ provider, event, body, variant }: Props) {
  const queryClient = useQueryClient();
  const webhooks = useQuery({ queryKey: webhooksKey, queryFn: api.webhooks });
  const mine = (webhooks.data ?? []).filter((w) => w.provider === provider);
  const [target, setTarget] = useState("");
  const send = useMutation({
    mutationFn: () => api.trigger({ provider, event, body: body ?? undefined, variant: variant || undefined, webhook: target || undefined }),
    onSuccess: (result) => foldDeliveries(queryClient, result.deliveries),
  });
  return (
    <section className="send-box" aria-label="Send to webhooks" data-testid="send-to-webhooks">
      <form
        className="send-row"
        onSubmit={(e) => {
          e.preventDefault();
          send.mutate();
        }}
      >
        <label className="field inline">
          <span>To</span>
          <select value={target} onChange={(e) => setTarget(e.target.value)} data-testid="send-target">
            <option value="">Every subscribed webhook ({mine.filter((w) => w.active).length} active)</option>
            {mine.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}{w.active ? "" : " (inactive)"}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary" disabled={body === null || send.isPending} data-testid="send-to-webhooks-submit">
          {send.isPending ? "Sending…" : "Send to webhooks"}
        </button>
        {mine.length === 0 && webhooks.data && (
          <a className="muted" href={routeHref({ screen: "webhooks", id: "new", provider })}>Create a webhook for this provider</a>
        )}
      </form>
      {send.error && <p className="error-text" role="alert">{send.error.message}</p>}
      {send.data && <TriggerResultView result={send.data} provider={provider} />}
    </section>
  );
}
