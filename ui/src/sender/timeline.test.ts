import { describe, expect, it } from "vitest";
import type { Attempt } from "../bindings/Attempt";
import { testDelivery } from "./testDelivery";
import { attemptOutcome, deliveryActions, durationText, lastOutcome, nextAttemptText, timingSegments, untilText } from "./timeline";

const attempt = (patch: Partial<Attempt>): Attempt => ({
  id: "a1",
  delivery_id: "d1",
  number: 1,
  started_at: 0,
  remote_addr: "127.0.0.1:4000",
  request: { method: "POST", url: "http://127.0.0.1:4000/", headers: [], body: { encoding: "utf8", data: "{}" } },
  response: null,
  error: null,
  timings: { connect_ms: 1, reused: false, first_byte_ms: 5, total_ms: 6 },
  succeeded: false,
  redirects: [],
  ...patch,
});

const delivery = testDelivery;

const response = (status: number, reason: string | null) => ({
  status,
  reason,
  version: "HTTP/1.1",
  headers: [],
  body: { encoding: "utf8" as const, data: "" },
  body_size: 0,
  truncated: false,
});

describe("timeline", () => {
  it("names an attempt's outcome by status or transport error", () => {
    expect(attemptOutcome(attempt({ response: response(200, "OK"), succeeded: true }))).toEqual({ text: "200 OK", tone: "ok" });
    // Connectly counts only 200: its 204 is a failed attempt, not shown as a success.
    expect(attemptOutcome(attempt({ response: response(204, "No Content"), succeeded: false }))).toEqual({ text: "204 No Content", tone: "client-error" });
    expect(attemptOutcome(attempt({ response: response(500, null) }))).toEqual({ text: "500", tone: "server-error" });
    expect(attemptOutcome(attempt({ response: response(429, "Too Many Requests") })).tone).toBe("client-error");
    expect(attemptOutcome(attempt({ error: { kind: "connection_refused", message: "refused" } }))).toEqual({
      text: "connection refused",
      tone: "server-error",
    });
  });

  it("shows the log's last status, else its error", () => {
    expect(lastOutcome(delivery({}))).toBeNull();
    expect(lastOutcome(delivery({ last_status: 301 }))).toEqual({ text: "301", tone: "redirect" });
    expect(lastOutcome(delivery({ last_status: 200, status: "succeeded" }))).toEqual({ text: "200", tone: "ok" });
    expect(lastOutcome(delivery({ last_status: 204, status: "failed", last_error: "HTTP 204 No Content: Connectly counts only 200 as delivered" }))?.tone).toBe("client-error");
    expect(lastOutcome(delivery({ last_error: "timed out after 5 s" }))).toEqual({ text: "timed out after 5 s", tone: "server-error" });
  });

  it("formats durations", () => {
    expect(durationText(0.42)).toBe("0.4 ms");
    expect(durationText(87.4)).toBe("87 ms");
    expect(durationText(1240)).toBe("1.24 s");
    expect(durationText(12_500)).toBe("12.5 s");
    expect(durationText(125_000)).toBe("2 min 5 s");
  });

  it("counts down to the next attempt", () => {
    expect(untilText(4_000, 0)).toBe("in 4 s");
    expect(untilText(3_200, 0)).toBe("in 4 s");
    expect(untilText(0, 10)).toBe("now");
    expect(untilText(300_000, 0)).toBe("in 5 min");
    expect(untilText(2 * 3_600_000, 0)).toBe("in 2 h");
    expect(untilText(72 * 3_600_000, 0)).toBe("in 3 d");
    expect(nextAttemptText(delivery({ status: "retrying", attempts: 1, next_attempt_at: 4_000 }), 0)).toBe("retrying in 4 s");
    expect(nextAttemptText(delivery({ next_attempt_at: 0 }), 0)).toBe("first attempt now");
    expect(nextAttemptText(delivery({ attempts: 3, next_attempt_at: 1_000 }), 0)).toBe("attempt 4 in 1 s");
    expect(nextAttemptText(delivery({ status: "failed", next_attempt_at: 5 }), 0)).toBeNull();
  });

  it("offers retry and cancel only where the engine allows them", () => {
    expect(deliveryActions("failed")).toEqual({ retry: true, cancel: false });
    expect(deliveryActions("succeeded")).toEqual({ retry: true, cancel: false });
    expect(deliveryActions("cancelled")).toEqual({ retry: true, cancel: false });
    expect(deliveryActions("retrying")).toEqual({ retry: false, cancel: true });
    expect(deliveryActions("pending")).toEqual({ retry: false, cancel: true });
  });

  it("splits the timings into connect, wait and receive", () => {
    expect(timingSegments({ connect_ms: 10, reused: false, first_byte_ms: 60, total_ms: 100 })).toEqual([
      { key: "connect", label: "Connect", ms: 10, start: 0, width: 10 },
      { key: "wait", label: "Waiting for the first byte", ms: 50, start: 10, width: 50 },
      { key: "receive", label: "Receiving", ms: 40, start: 60, width: 40 },
    ]);
    expect(timingSegments({ connect_ms: null, reused: false, first_byte_ms: null, total_ms: 3 })).toEqual([
      { key: "connect", label: "Connecting (failed)", ms: 3, start: 0, width: 100 },
    ]);
    expect(timingSegments({ connect_ms: 2, reused: false, first_byte_ms: null, total_ms: 5000 }).map((s) => s.key)).toEqual(["connect", "wait"]);
    expect(timingSegments({ connect_ms: null, reused: false, first_byte_ms: null, total_ms: 0 })).toEqual([]);
  });

  it("has no connect segment on a kept-alive connection", () => {
    expect(timingSegments({ connect_ms: null, reused: true, first_byte_ms: 4, total_ms: 5 })).toEqual([
      { key: "wait", label: "Waiting for the first byte", ms: 4, start: 0, width: 80 },
      { key: "receive", label: "Receiving", ms: 1, start: 80, width: 20 },
    ]);
  });
});
