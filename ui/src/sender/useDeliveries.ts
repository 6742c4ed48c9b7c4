import { useInfiniteQuery, type InfiniteData, type QueryClient } from "@tanstack/react-query";

import { api } from "../api";
import type { Delivery } from "../bindings/Delivery";
import type { DeliveryDetail } from "../bindings/DeliveryDetail";
import type { DeliveryFilter } from "../bindings/DeliveryFilter";
import type { DeliveryList } from "../bindings/DeliveryList";
import { matchesFilter } from "./deliveryFilter";
import { isLoading, reloadQuery } from "../app/reloadQuery";

export const deliveriesKey = ["deliveries"] as const;
export const deliveryKey = (id: string) => ["delivery", id] as const;
export const webhooksKey = ["webhooks"] as const;

const PAGE = 200;

type Pages = InfiniteData<DeliveryList, string | undefined>;

/** Newest first, paged backwards, filtered; changes are folded in live by `foldDelivery`. */
export function useDeliveries(filter: DeliveryFilter, options: { enabled?: boolean } = {}) {
  const query = useInfiniteQuery({
    queryKey: [...deliveriesKey, filter],
    queryFn: ({ pageParam }) => api.deliveries({ limit: PAGE, ...filter, before: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next_before ?? undefined,
    refetchOnMount: "always",
    enabled: options.enabled ?? true,
  });
  const deliveries = query.data?.pages.flatMap((page) => page.deliveries) ?? [];
  return { ...query, deliveries };
}

/**
 * One delivery changed (`delivery.updated`): its row is replaced where a loaded list has it; a
 * new one goes on top of the lists it belongs in. Nothing is refetched, except the open detail
 * when it has a new attempt, and a list whose filter cannot be judged here.
 */
export function foldDelivery(queryClient: QueryClient, delivery: Delivery) {
  for (const [key, data] of queryClient.getQueriesData<Pages>({ queryKey: deliveriesKey })) {
    // A list still loading may have been read before this change: load it again.
    if (isLoading(queryClient, key)) {
      reloadQuery(queryClient, key);
      continue;
    }
    if (!data || data.pages.length === 0) continue;
    const current = data.pages.flatMap((page) => page.deliveries).find((d) => d.id === delivery.id);
    if (current) {
      if (isNewer(delivery, current)) queryClient.setQueryData<Pages>(key, replaceIn(data, delivery));
      continue;
    }
    const filter = (key[1] ?? {}) as DeliveryFilter;
    const belongs = matchesFilter(delivery, filter);
    if (belongs === null) {
      void queryClient.invalidateQueries({ queryKey: key, exact: true });
    } else if (belongs && isNewest(data, delivery)) {
      queryClient.setQueryData<Pages>(key, prepend(data, delivery));
    }
  }
  const detail = queryClient.getQueryData<DeliveryDetail>(deliveryKey(delivery.id));
  if (detail && isNewer(delivery, detail.delivery)) {
    queryClient.setQueryData<DeliveryDetail>(deliveryKey(delivery.id), { ...detail, delivery });
    if (detail.attempts.length !== delivery.attempts || detail.delivery.status !== delivery.status) {
      void queryClient.invalidateQueries({ queryKey: deliveryKey(delivery.id), exact: true });
    }
  }
}

/**
 * Whether `incoming` is a later state than `current`. An action's answer (retry: pending) can
 * arrive after the events of the attempt it started (succeeded): it must not undo them.
 */
export function isNewer(incoming: Delivery, current: Delivery): boolean {
  if (incoming.updated_at !== current.updated_at) return incoming.updated_at > current.updated_at;
  return incoming.attempts >= current.attempts;
}

/** A delivery a list does not have is new to it only if it sorts above the list's top (ids are ULIDs). */
function isNewest(data: Pages, delivery: Delivery): boolean {
  const top = data.pages[0].deliveries[0];
  return !top || delivery.id > top.id;
}

export function replaceIn(data: Pages, delivery: Delivery): Pages {
  return {
    ...data,
    pages: data.pages.map((page) =>
      page.deliveries.some((d) => d.id === delivery.id)
        ? { ...page, deliveries: page.deliveries.map((d) => (d.id === delivery.id ? delivery : d)) }
        : page,
    ),
  };
}

function prepend(data: Pages, delivery: Delivery): Pages {
  const [first, ...rest] = data.pages;
  return { ...data, pages: [{ ...first, deliveries: [delivery, ...first.deliveries] }, ...rest] };
}

/** Deliveries an action returned (retry, cancel): shown at once, before their event arrives. */
export function foldDeliveries(queryClient: QueryClient, deliveries: Delivery[]) {
  for (const delivery of deliveries) foldDelivery(queryClient, delivery);
}
