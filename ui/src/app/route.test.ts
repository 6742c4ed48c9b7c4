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
});
