import { useInfiniteQuery, type InfiniteData, type QueryClient } from "@tanstack/react-query";

import { api } from "../api";
import type { CaptureFilter } from "../bindings/CaptureFilter";
import type { CaptureList } from "../bindings/CaptureList";
import type { CaptureSummary } from "../bindings/CaptureSummary";
import { isLoading, reloadQuery } from "../app/reloadQuery";

export const capturesKey = ["captures"] as const;

const PAGE = 200;

export type ListFilter = Pick<CaptureFilter, "inbox" | "method" | "q" | "provider" | "event">;

/** Whether a capture's event is `event`, or one of its actions (`pull_request` takes `pull_request.closed`). */
export function eventMatches(filter: string, event: string | null): boolean {
  return event !== null && (event === filter || event.startsWith(`${filter}.`));
}

/** Newest first, paged backwards, filtered; new captures are folded in live by `prependCapture`. */
export function useCaptures(filter: ListFilter) {
  const query = useInfiniteQuery({
    queryKey: [...capturesKey, filter],
    queryFn: ({ pageParam }) => api.captures({ ...filter, before: pageParam, limit: PAGE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next_before ?? undefined,
    // Coming back to the screen shows the store as it is now, not as it was when we left.
    refetchOnMount: "always",
  });
  const captures = query.data?.pages.flatMap((page) => page.captures) ?? [];
  return { ...query, captures };
}

/** A live capture goes on top of every loaded list it belongs in; searched lists refetch. */
export function prependCapture(queryClient: QueryClient, capture: CaptureSummary) {
  const lists = queryClient.getQueriesData<InfiniteData<CaptureList, string | undefined>>({ queryKey: capturesKey });
  for (const [key] of lists) {
    const filter = (key[1] ?? {}) as ListFilter;
    // A list still loading may have been read before this capture was stored: load it again.
    if (filter.q || isLoading(queryClient, key)) {
      reloadQuery(queryClient, key);
      continue;
    }
    if (filter.inbox && filter.inbox !== capture.inbox) continue;
    if (filter.method && filter.method.toUpperCase() !== capture.method) continue;
    if (filter.provider && filter.provider !== capture.provider) continue;
    if (filter.event && !eventMatches(filter.event, capture.event)) continue;
    queryClient.setQueryData<InfiniteData<CaptureList, string | undefined>>(key, (data) => {
      if (!data || data.pages.length === 0) return data;
      const [first, ...rest] = data.pages;
      if (first.captures.some((c) => c.id === capture.id)) return data;
      return { ...data, pages: [{ ...first, captures: [capture, ...first.captures] }, ...rest] };
    });
  }
}
