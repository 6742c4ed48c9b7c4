import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "../api";
import { TriggerResultView } from "./TriggerResultView";
import { foldDeliveries } from "./useDeliveries";

/**
 * A captured request sent again as an event to the webhooks that subscribe to it. Provider and
 * event are recognised from the request unless chosen here.
 */
export function SendAsEvent({ captureId, onClose }: { captureId: string; onClose: () => void }) {
  const queryClient = useQueryClient();
  const providers = useQuery({ queryKey: ["providers"], queryFn: api.providers });
  const [provider, setProvider] = useState("");
  const [event, setEvent] = useState("");
  const send = useMutation({
    mutationFn: () => api.sendCapture(captureId, { provider: provider || undefined, event: (provider && event) || undefined }),
    onSuccess: (result) => foldDeliveries(queryClient, result.deliveries),
  });
  const events = providers.data?.find((p) => p.id === provider)?.events ?? [];
  return (
    <form
      className="send-as-event"
      aria-label="Send as event"
      data-testid="send-as-event"
      onSubmit={(e) => {
        e.preventDefault();
        send.mutate();
      }}
      onKeyDown={(e) => e.key === "Escape" && onClose()}
    >
      <div className="field-row">
        <label className="field">
          <span>Provider</span>
          <select value={provider} onChange={(e) => { setProvider(e.target.value); setEvent(""); }} autoFocus>
            <option value="">Recognise it</option>
            {(providers.data ?? []).map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </label>
        <label className="field">
          <span>Event</span>
          <select value={event} onChange={(e) => setEvent(e.target.value)} disabled={!provider}>
            <option value="">{provider ? "Recognise it" : "—"}</option>
            {events.map((e) => <option key={e.id} value={e.id}>{e.id}</option>)}
          </select>
        </label>
        <div className="field-actions toolbar">
          <button type="submit" className="primary" disabled={send.isPending} data-testid="send-as-event-submit">
            {send.isPending ? "Sending…" : "Send to webhooks"}
          </button>
          <button type="button" onClick={onClose}>Close</button>
        </div>
      </div>
      <p className="muted">The body goes out as the event's payload, signed for each subscribed webhook.</p>
      {send.error && <p className="error-text" role="alert">{send.error.message}</p>}
      {send.data && <TriggerResultView result={send.data} provider={provider || undefined} />}
    </form>
  );
}
