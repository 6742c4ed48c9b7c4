import { describe, expect, it, vi } from "vitest";
import { InfiniteQueryObserver, QueryClient, type InfiniteData } from "@tanstack/react-query";
import type { Delivery } from "../bindings/Delivery";
import type { DeliveryDetail } from "../bindings/DeliveryDetail";
import type { DeliveryList } from "../bindings/DeliveryList";
import { testDelivery } from "./testDelivery";
import { deliveriesKey, deliveryKey, foldDelivery } from "./useDeliveries";

const d = (id: string, patch: Partial<Delivery> = {}): Delivery => testDelivery({ id, message_id: `m${id}`, ...patch });

const pages = (...lists: Delivery[][]): InfiniteData<DeliveryList, string | undefined> => ({
  pages: lists.map((deliveries) => ({ deliveries, next_before: null })),
  pageParams: lists.map(() => undefined),
});

function ids(client: QueryClient, filter: object) {
  const data = client.getQueryData<InfiniteData<DeliveryList>>([...deliveriesKey, filter]);
  return data?.pages.map((p) => p.deliveries.map((x) => `${x.id}:${x.status}`));
}

describe("live deliveries", () => {
  it("updates a row in place, in whichever page holds it", () => {
    const client = new QueryClient();
    client.setQueryData([...deliveriesKey, {}], pages([d("03"), d("02")], [d("01")]));
    foldDelivery(client, d("01", { status: "failed" }));
    expect(ids(client, {})).toEqual([["03:pending", "02:pending"], ["01:failed"]]);
  });

  it("keeps a later state when an older copy arrives after it (an action's answer after its events)", () => {
    const client = new QueryClient();
    client.setQueryData([...deliveriesKey, {}], pages([d("01", { status: "failed", attempts: 1, updated_at: 10 })]));
    foldDelivery(client, d("01", { status: "succeeded", attempts: 2, updated_at: 30 }));
    foldDelivery(client, d("01", { status: "pending", attempts: 1, updated_at: 20 }));
    expect(ids(client, {})).toEqual([["01:succeeded"]]);
    // Same millisecond: the one with more attempts is the later.
    foldDelivery(client, d("01", { status: "retrying", attempts: 3, updated_at: 30 }));
    expect(ids(client, {})).toEqual([["01:retrying"]]);
  });

  it("puts a new delivery on top of the lists it belongs in, and only those", () => {
    const client = new QueryClient();
    client.setQueryData([...deliveriesKey, {}], pages([d("02")]));
    client.setQueryData([...deliveriesKey, { webhook: "w2" }], pages([d("01", { webhook_id: "w2" })]));
    client.setQueryData([...deliveriesKey, { status: "pending" }], pages([]));
    foldDelivery(client, d("03"));
    expect(ids(client, {})).toEqual([["03:pending", "02:pending"]]);
    expect(ids(client, { webhook: "w2" })).toEqual([["01:pending"]]);
    expect(ids(client, { status: "pending" })).toEqual([["03:pending"]]);
  });

  it("does not put an old delivery it has not loaded on top", () => {
    const client = new QueryClient();
    client.setQueryData([...deliveriesKey, {}], pages([d("05"), d("04")]));
    foldDelivery(client, d("01", { status: "failed" }));
    expect(ids(client, {})).toEqual([["05:pending", "04:pending"]]);
  });

  it("keeps the open detail's delivery current and refetches it for a new attempt", async () => {
    const client = new QueryClient();
    let fetched = 0;
    const detail: DeliveryDetail = { delivery: d("01"), payload: { encoding: "utf8", data: "{}" }, attempts: [] };
    await client.prefetchQuery({ queryKey: deliveryKey("01"), queryFn: () => (fetched++, detail) });
    foldDelivery(client, d("01", { status: "retrying", attempts: 1 }));
    expect(client.getQueryData<DeliveryDetail>(deliveryKey("01"))?.delivery.status).toBe("retrying");
    expect(client.getQueryState(deliveryKey("01"))?.isInvalidated).toBe(true);
    expect(fetched).toBe(1);
  });

  it("loads a list again when a delivery arrives while it is loading, so the delivery is not lost", async () => {
    const client = new QueryClient();
    const stored: Delivery[] = [];
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const observer = new InfiniteQueryObserver(client, {
      queryKey: [...deliveriesKey, {}],
      // Reads the store at once, answers later: the answer misses what arrives meanwhile.
      queryFn: async () => {
        const snapshot = [...stored];
        await gate;
        return { deliveries: snapshot, next_before: null };
      },
      initialPageParam: undefined as string | undefined,
      getNextPageParam: () => undefined,
    });
    const unsubscribe = observer.subscribe(() => {});
    stored.unshift(d("01"));
    foldDelivery(client, d("01"));
    release();
    await vi.waitFor(() => expect(ids(client, {})).toEqual([["01:pending"]]));
    unsubscribe();
  });
});
