import { useEffect, useState } from "react";
import { useQuery } from "@tanstack/react-query";

import { api } from "../api";
import { navigate, routeHref } from "../app/route";
import { useDebounced } from "../app/useDebounced";
import { useNow } from "../app/useNow";
import { ListState } from "../components/ListState";
import { DeliveryDetail } from "./DeliveryDetail";
import { DeliveryFilters } from "./DeliveryFilters";
import { DeliveryList } from "./DeliveryList";
import { EMPTY_FORM, isFiltered, toFilter, type FilterForm } from "./deliveryFilter";
import { useDeliveries, webhooksKey } from "./useDeliveries";

/** The delivery log (filtered, live) | the chosen delivery's attempts, request and response. */
export function DeliveriesScreen({ id, webhook }: { id?: string; webhook?: string }) {
  const webhooks = useQuery({ queryKey: webhooksKey, queryFn: api.webhooks });
  const [form, setForm] = useState<FilterForm>({ ...EMPTY_FORM, webhook: webhook ?? "" });
  useEffect(() => {
    if (webhook) setForm((f) => ({ ...f, webhook }));
  }, [webhook]);
  const settled = useDebounced(form, 200);
  const list = useDeliveries(toFilter(settled));
  const waiting = list.deliveries.some((d) => d.next_attempt_at !== null && (d.status === "pending" || d.status === "retrying"));
  const now = useNow(waiting || id ? 1000 : 10_000);
  const filtering = isFiltered(settled);

  const listBody = (
    <ListState
      error={list.error}
      onRetry={() => void list.refetch()}
      pending={list.isPending}
      loading="Loading deliveries…"
      empty={list.deliveries.length > 0 ? null : filtering ? "No delivery matches." : "No deliveries yet."}
    >
      <DeliveryList
        deliveries={list.deliveries}
        selected={id ?? null}
        onSelect={(selected) => navigate({ screen: "deliveries", id: selected, webhook: form.webhook || undefined }, { replace: true })}
        now={now}
        onNearEnd={() => {
          if (list.hasNextPage && !list.isFetchingNextPage) void list.fetchNextPage();
        }}
      />
    </ListState>
  );

  return (
    <div className="deliveries">
      <section className="pane list-pane" aria-label="Deliveries">
        <DeliveryFilters value={form} onChange={setForm} webhooks={webhooks.data ?? []} count={list.deliveries.length} more={list.hasNextPage} />
        {listBody}
      </section>
      <section className="pane detail-pane" aria-label="Delivery detail">
        {id ? (
          <DeliveryDetail key={id} id={id} now={now} />
        ) : !list.isPending && list.deliveries.length === 0 && !filtering ? (
          <div className="empty" data-testid="no-deliveries">
            <h2>Nothing sent yet</h2>
            <p>
              Every event Hookbench sends lands here, with each attempt's exact request beside the raw response. Send one from
              an event in <a href={routeHref({ screen: "providers" })}>Providers</a> (Send to webhooks), with <strong>Test</strong> on
              a <a href={routeHref({ screen: "webhooks" })}>webhook</a>, or with <strong>Send as event</strong> on a captured request.
            </p>
          </div>
        ) : (
          <div className="pane-message">Select a delivery to see its attempts, each request beside its response (j / k to move).</div>
        )}
      </section>
    </div>
  );
}
