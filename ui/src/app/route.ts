import { useEffect, useState } from "react";

/**
 * The screen and its arguments, from the address fragment: `#/providers/github/push`,
 * `#/webhooks/{id}` (`new` for a new one, `?provider=` to preselect its profile),
 * `#/deliveries/{id}` (`?webhook=` to filter the log by webhook).
 */
export type Route =
  | { screen: "inbox" }
  | { screen: "settings" }
  | { screen: "providers"; provider?: string; event?: string }
  | { screen: "webhooks"; id?: string; provider?: string }
  | { screen: "deliveries"; id?: string; webhook?: string };

export function parseRoute(hash: string): Route {
  const [path, search = ""] = hash.replace(/^#\/?/, "").split("?", 2);
  const query = new URLSearchParams(search);
  const [screen, ...rest] = path.split("/").map((part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  });
  if (screen === "providers") return { screen, provider: rest[0] || undefined, event: rest[1] || undefined };
  if (screen === "settings") return { screen };
  if (screen === "webhooks") return withoutEmpty({ screen, id: rest[0] || undefined, provider: query.get("provider") || undefined });
  if (screen === "deliveries") return withoutEmpty({ screen, id: rest[0] || undefined, webhook: query.get("webhook") || undefined });
  return { screen: "inbox" };
}

export function routeHref(route: Route): string {
  switch (route.screen) {
    case "providers": {
      const parts = [route.provider, route.event].filter((p): p is string => !!p).map(encodeURIComponent);
      return `#/providers${parts.length ? "/" + parts.join("/") : ""}`;
    }
    case "webhooks":
      return `#/webhooks${route.id ? "/" + encodeURIComponent(route.id) : ""}${search({ provider: route.provider })}`;
    case "deliveries":
      return `#/deliveries${route.id ? "/" + encodeURIComponent(route.id) : ""}${search({ webhook: route.webhook })}`;
    case "settings":
      return "#/settings";
    default:
      return "#/inbox";
  }
}

function search(params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `?${text}` : "";
}

function withoutEmpty<T extends object>(route: T): T {
  return Object.fromEntries(Object.entries(route).filter(([, v]) => v !== undefined)) as T;
}

/** Goes to `route`; `replace` keeps it out of the history (moving through a list). */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  if (options.replace) window.location.replace(routeHref(route));
  else window.location.hash = routeHref(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener("hashchange", update);
    return () => window.removeEventListener("hashchange", update);
  }, []);
  return route;
}
