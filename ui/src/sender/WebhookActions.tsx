import { useState, type ReactNode } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api } from "../api";
import { routeHref } from "../app/route";
import type { TriggerResult } from "../bindings/TriggerResult";
import type { Webhook } from "../bindings/Webhook";
import { foldDeliveries, webhooksKey } from "./useDeliveries";
import { configOf } from "./webhookDraft";

type Answer = { ok: boolean; text: ReactNode } | null;

/** Test, retry its failed deliveries, cancel its waiting ones, switch it on or off; each says what it did. */
export function useWebhookActions(webhook: Webhook) {
  const queryClient = useQueryClient();
  const [answer, setAnswer] = useState<Answer>(null);
  const fail = (e: Error) => setAnswer({ ok: false, text: e.message });
  const test = useMutation({
    mutationFn: () => api.testWebhook(webhook.id),
    onMutate: () => setAnswer(null),
    onSuccess: (result) => {
      foldDeliveries(queryClient, result.deliveries);
      setAnswer(testAnswer(result));
    },
    onError: fail,
  });
  const retryFailed = useMutation({
    mutationFn: () => api.retryFailed(webhook.id),
    onSuccess: ({ retried }) => setAnswer({ ok: true, text: retried === 0 ? "No failed delivery to retry." : `${retried} failed ${retried === 1 ? "delivery" : "deliveries"} queued again.` }),
    onError: fail,
  });
  const cancelPending = useMutation({
    mutationFn: () => api.cancelPending(webhook.id),
    onSuccess: ({ cancelled }) => setAnswer({ ok: true, text: cancelled === 0 ? "Nothing was waiting." : `${cancelled} waiting ${cancelled === 1 ? "delivery" : "deliveries"} cancelled.` }),
    onError: fail,
  });
  const setActive = useMutation({
    mutationFn: (active: boolean) => api.updateWebhook(webhook.id, { ...configOf(webhook), active }),
    onSuccess: (saved) => {
      queryClient.setQueryData<Webhook[]>(webhooksKey, (list) => list?.map((w) => (w.id === saved.id ? saved : w)));
      void queryClient.invalidateQueries({ queryKey: webhooksKey });
      setAnswer(null);
    },
    onError: fail,
  });
  return { test, retryFailed, cancelPending, setActive, answer };
}

function testAnswer(result: TriggerResult): Answer {
  const delivery = result.deliveries[0];
  if (delivery) {
    return {
      ok: true,
      text: (
        <>
          Test event <span className="mono">{delivery.event}</span> queued: <a href={routeHref({ screen: "deliveries", id: delivery.id })} data-testid="test-delivery">view the delivery</a>
        </>
      ),
    };
  }
  return { ok: false, text: result.skipped[0]?.reason ?? "Nothing was sent." };
}

export function AnswerLine({ answer }: { answer: Answer }) {
  if (!answer) return null;
  return (
    <p className={answer.ok ? "notice" : "error-text"} role={answer.ok ? "status" : "alert"}>
      {answer.text}
    </p>
  );
}

/** The drawer's delivery actions for one webhook. */
export function WebhookBulkActions({ webhook }: { webhook: Webhook }) {
  const { test, retryFailed, cancelPending, answer } = useWebhookActions(webhook);
  return (
    <>
      <div className="toolbar">
        <button type="button" onClick={() => test.mutate()} disabled={test.isPending}>Send a test event</button>
        <button type="button" onClick={() => retryFailed.mutate()} disabled={retryFailed.isPending}>Retry all failed</button>
        <button
          type="button"
          onClick={() => window.confirm(`Cancel every delivery of ${webhook.name} that is still waiting? Each can be retried later.`) && cancelPending.mutate()}
          disabled={cancelPending.isPending}
        >
          Cancel all waiting
        </button>
        <a href={routeHref({ screen: "deliveries", webhook: webhook.id })}>Open its log</a>
      </div>
      <AnswerLine answer={answer} />
    </>
  );
}
