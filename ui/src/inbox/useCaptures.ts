import { useInfiniteQuery, type InfiniteData, type QueryClient } from "@tanstack/react-query";

import { api } from "../api";
import type { CaptureList } from "../bindings/CaptureList";
import type { CaptureSummary } from "../bindings/CaptureSummary";

export const capturesKey = ["captures"] as const;

const PAGE = 200;

/** Newest first, paged backwards; new captures are folded in live by `prependCapture`. */
export function useCaptures() {
  const query = useInfiniteQuery({
    queryKey: capturesKey,
    queryFn: ({ pageParam }) => api.captures(pageParam, PAGE),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next_before ?? undefined,
  });
  const captures = query.data?.pages.flatMap((page) => page.captures) ?? [];
  return { ...query, captures };
}

export function prependCapture(queryClient: QueryClient, capture: CaptureSummary) {
  queryClient.setQueryData<InfiniteData<CaptureList, string | undefined>>(capturesKey, (data) => {
    if (!data || data.pages.length === 0) return data;
    const [first, ...rest] = data.pages;
    if (first.captures.some((c) => c.id === capture.id)) return data;
    return { ...data, pages: [{ ...first, captures: [capture, ...first.captures] }, ...rest] };
  });
}
