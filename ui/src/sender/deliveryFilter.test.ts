import { describe, expect, it } from "vitest";
import { queryString } from "../api";
import { testDelivery } from "./testDelivery";
import { EMPTY_FORM, globMatch, isFiltered, localMillis, matchesFilter, toFilter } from "./deliveryFilter";

const delivery = testDelivery({
  id: "01J0000000000000000000000A",
  webhook_id: "wh1",
  webhook_name: "Orders",
  provider: "connectgain",
  event: "contact.created",
  status: "retrying",
  attempts: 2,
  next_attempt_at: 1_000_000,
  last_status: 500,
  payload_size: 120,
  created_at: new Date(2026, 10, 23, 14, 5, 30).getTime(),
});

describe("deliveries filter", () => {
  it("leaves empty fields out of the query string", () => {
    expect(toFilter(EMPTY_FORM)).toEqual({});
    expect(queryString(toFilter(EMPTY_FORM))).toBe("");
    expect(isFiltered(EMPTY_FORM)).toBe(false);
    expect(isFiltered({ ...EMPTY_FORM, event: "  " })).toBe(false);
  });

  it("puts every field in the query string the API reads", () => {
    const filter = toFilter({ webhook: "wh1", status: "failed", event: " contact.* ", from: "2026-11-23T14:00", to: "2026-11-23T14:05" });
    const from = new Date(2026, 10, 23, 14, 0).getTime();
    const to = new Date(2026, 10, 23, 14, 5).getTime() + 59_999;
    expect(filter).toEqual({ webhook: "wh1", status: "failed", event: "contact.*", from, to });
    expect(queryString({ ...filter, before: "01J", limit: 200 })).toBe(
      `webhook=wh1&status=failed&event=contact.*&from=${from}&to=${to}&before=01J&limit=200`,
    );
  });

  it("reads datetime-local values in local time and refuses anything else", () => {
    expect(localMillis("2026-01-02T03:04")).toBe(new Date(2026, 0, 2, 3, 4).getTime());
    expect(localMillis("2026-01-02T03:04:05")).toBe(new Date(2026, 0, 2, 3, 4, 5).getTime());
    expect(localMillis("")).toBeNull();
    expect(localMillis("yesterday")).toBeNull();
  });

  it("tells whether a live delivery belongs in a filtered list", () => {
    expect(matchesFilter(delivery, {})).toBe(true);
    expect(matchesFilter(delivery, { webhook: "wh2" })).toBe(false);
    expect(matchesFilter(delivery, { status: "retrying", webhook: "wh1" })).toBe(true);
    expect(matchesFilter(delivery, { status: "failed" })).toBe(false);
    expect(matchesFilter(delivery, { event: "contact.*" })).toBe(true);
    expect(matchesFilter(delivery, { event: "deal.*" })).toBe(false);
    expect(matchesFilter(delivery, { event: "contact.[cu]*" })).toBeNull();
    // The minute of 14:05 is inside "to 14:05"; 14:04 is past it.
    expect(matchesFilter(delivery, toFilter({ ...EMPTY_FORM, from: "2026-11-23T14:05", to: "2026-11-23T14:05" }))).toBe(true);
    expect(matchesFilter(delivery, toFilter({ ...EMPTY_FORM, to: "2026-11-23T14:04" }))).toBe(false);
  });

  it("globs like the engine: * and ?, case-sensitive", () => {
    expect(globMatch("*", "")).toBe(true);
    expect(globMatch("contact.*", "contact.created")).toBe(true);
    expect(globMatch("*.created", "contact.created")).toBe(true);
    expect(globMatch("c?ntact.*d", "contact.created")).toBe(true);
    expect(globMatch("Contact.*", "contact.created")).toBe(false);
    expect(globMatch("contact", "contact.created")).toBe(false);
    expect(globMatch("a*b*c", "aXbYbZc")).toBe(true);
  });
});

describe("a capture's forwards and replays", () => {
  const forward = testDelivery({ id: "01J0000000000000000000000F", source: "forward", capture_id: "cap1", webhook_id: "forward:shop" });
  it("belong to the list of their capture only", () => {
    expect(matchesFilter(forward, { capture: "cap1" })).toBe(true);
    expect(matchesFilter(forward, { capture: "cap2" })).toBe(false);
    expect(matchesFilter(delivery, { capture: "cap1" })).toBe(false);
  });
  it("are filtered by source", () => {
    expect(matchesFilter(forward, { source: "forward" })).toBe(true);
    expect(matchesFilter(forward, { source: "replay" })).toBe(false);
  });
});

describe("the source filter", () => {
  it("goes to the API only when chosen", () => {
    expect(toFilter({ ...EMPTY_FORM, source: "replay" })).toEqual({ source: "replay" });
    expect(toFilter(EMPTY_FORM)).toEqual({});
  });
});
