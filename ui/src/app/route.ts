import { useEffect, useState } from "react";

/** The screen and its arguments, from the address fragment: `#/providers/github/push`. */
export type Route = { screen: "inbox" } | { screen: "settings" } | { screen: "providers"; provider?: string; event?: string };

export function parseRoute(hash: string): Route {
  const [screen, ...rest] = hash.replace(/^#\/?/, "").split("/").map((part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  });
  if (screen === "providers") return { screen, provider: rest[0] || undefined, event: rest[1] || undefined };
  if (screen === "settings") return { screen };
  return { screen: "inbox" };
}

export function routeHref(route: Route): string {
  if (route.screen === "providers") {
    const parts = [route.provider, route.event].filter((p): p is string => !!p).map(encodeURIComponent);
    return `#/providers${parts.length ? "/" + parts.join("/") : ""}`;
  }
  return route.screen === "settings" ? "#/settings" : "#/inbox";
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
