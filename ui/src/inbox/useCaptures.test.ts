import { describe, expect, it, vi } from "vitest";
import { InfiniteQueryObserver, QueryClient, type InfiniteData } from "@tanstack/react-query";
import type { CaptureList } from "../bindings/CaptureList";
import type { CaptureSummary } from "../bindings/CaptureSummary";
import { capturesKey, prependCapture } from "./useCaptures";

const capture = (id: string, inbox = "default"): CaptureSummary => ({
  id,
  inbox,
  received_at: 1,
  method: "POST",
  path: `/${inbox}/${id}`,
  query: null,
  body_size: 2,
  content_type: "application/json",
  response_status: 200,
  signature: null,
  provider: null,
  event: null,
});

function ids(client: QueryClient, filter: object) {
  return client.getQueryData<InfiniteData<CaptureList>>([...capturesKey, filter])?.pages.flatMap((p) => p.captures.map((c) => c.id));
}

describe("live captures", () => {
  it("puts a capture on top of the lists of its inbox only", () => {
    const client = new QueryClient();
    const page = (captures: CaptureSummary[]) => ({ pages: [{ captures, next_before: null }], pageParams: [undefined] });
    client.setQueryData([...capturesKey, {}], page([capture("01")]));
    client.setQueryData([...capturesKey, { inbox: "shop" }], page([]));
    prependCapture(client, capture("02"));
    expect(ids(client, {})).toEqual(["02", "01"]);
    expect(ids(client, { inbox: "shop" })).toEqual([]);
  });

  it("loads a list again when a capture arrives while it is loading, so the capture is not lost", async () => {
    const client = new QueryClient();
    const stored: CaptureSummary[] = [];
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const observer = new InfiniteQueryObserver(client, {
      queryKey: [...capturesKey, {}],
      // Reads the store at once, answers later: the answer misses what arrives meanwhile.
      queryFn: async () => {
        const snapshot = [...stored];
        await gate;
        return { captures: snapshot, next_before: null };
      },
      initialPageParam: undefined as string | undefined,
      getNextPageParam: () => undefined,
    });
    const unsubscribe = observer.subscribe(() => {});
    stored.unshift(capture("01"));
    prependCapture(client, capture("01"));
    release();
    await vi.waitFor(() => expect(ids(client, {})).toEqual(["01"]));
    unsubscribe();
  });
});
