import { describe, expect, it } from "vitest";
import { parseRoute, routeHref } from "./route";

describe("routes", () => {
  it("defaults to the inbox", () => {
    expect(parseRoute("")).toEqual({ screen: "inbox" });
    expect(parseRoute("#/nope")).toEqual({ screen: "inbox" });
  });

  it("round-trips provider and event, including event ids with slashes", () => {
    const route = { screen: "providers" as const, provider: "shopify", event: "orders/create" };
    expect(routeHref(route)).toBe("#/providers/shopify/orders%2Fcreate");
    expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it("round-trips webhooks and deliveries with their arguments", () => {
    const routes = [
      { screen: "webhooks" as const },
      { screen: "webhooks" as const, id: "01HX" },
      { screen: "webhooks" as const, id: "new", provider: "stripe" },
      { screen: "deliveries" as const },
      { screen: "deliveries" as const, id: "01HY" },
      { screen: "deliveries" as const, webhook: "01HX" },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
    expect(routeHref({ screen: "deliveries", id: "d1", webhook: "w 1" })).toBe("#/deliveries/d1?webhook=w+1");
  });
});
