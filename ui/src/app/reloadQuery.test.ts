import { describe, expect, it, vi } from "vitest";
import { QueryClient, QueryObserver } from "@tanstack/react-query";
import { reloadAll } from "./reloadQuery";

describe("resync", () => {
  it("loads a list in flight again, so what was stored before the stream opened shows", async () => {
    const client = new QueryClient();
    const stored: string[] = [];
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const observer = new QueryObserver(client, {
      queryKey: ["captures", {}],
      queryFn: async () => {
        const snapshot = [...stored];
        await gate;
        return snapshot;
      },
    });
    const unsubscribe = observer.subscribe(() => {});
    stored.push("01"); // stored after the load read the store, before the stream opened
    reloadAll(client, ["captures"]);
    release();
    await vi.waitFor(() => expect(client.getQueryData(["captures", {}])).toEqual(["01"]));
    unsubscribe();
  });

  it("loads an idle list again", async () => {
    const client = new QueryClient();
    let loads = 0;
    const observer = new QueryObserver(client, { queryKey: ["inboxes"], queryFn: async () => ++loads });
    const unsubscribe = observer.subscribe(() => {});
    await vi.waitFor(() => expect(client.getQueryData(["inboxes"])).toBe(1));
    reloadAll(client, ["inboxes"]);
    await vi.waitFor(() => expect(client.getQueryData(["inboxes"])).toBe(2));
    unsubscribe();
  });
});
