import type { QueryClient, QueryKey } from "@tanstack/react-query";

/**
 * Loads one query again from scratch. A load in flight may have read the store before the change
 * that prompted this, and react-query joins a new load to one in flight when the query has no
 * data yet, so the one in flight is cancelled first.
 */
export function reloadQuery(queryClient: QueryClient, queryKey: QueryKey) {
  const exact = { queryKey, exact: true };
  void queryClient.cancelQueries(exact).then(() => queryClient.invalidateQueries(exact));
}

/** Whether a query is loading now (its answer may predate a change just announced). */
export function isLoading(queryClient: QueryClient, queryKey: QueryKey): boolean {
  return queryClient.getQueryState(queryKey)?.fetchStatus === "fetching";
}

/** Loads every query under `queryKey` again, none of them from a load already in flight. */
export function reloadAll(queryClient: QueryClient, queryKey: QueryKey) {
  for (const query of queryClient.getQueryCache().findAll({ queryKey })) {
    if (query.state.fetchStatus === "fetching") reloadQuery(queryClient, query.queryKey);
    else void queryClient.invalidateQueries({ queryKey: query.queryKey, exact: true });
  }
}
