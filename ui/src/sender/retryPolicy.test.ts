import { describe, expect, it } from "vitest";
import type { DeliveryRules } from "../bindings/DeliveryRules";
import { describeRetry, formatDuration, parseDelays, parseDuration, presets, retryForm, retryPolicy } from "./retryPolicy";

const rules: DeliveryRules = { success: "2xx", retry_delays_ms: null, retry_note: "", timestamps: "attempt", event_time_field: null };

describe("retry policy form", () => {
  it("round-trips every preset", () => {
    for (const preset of ["standard", "fast", "none"] as const) {
      expect(retryPolicy(retryForm({ preset }))).toEqual({ policy: { preset } });
    }
    const custom = { preset: "custom" as const, delays_ms: [500, 5000, 90_000, 7_200_000] };
    expect(retryForm(custom)).toEqual({ preset: "custom", delays: "500 ms, 5 s, 1 min 30 s, 2 h" });
    expect(retryPolicy(retryForm(custom))).toEqual({ policy: custom });
  });

  it("reads the delays people type", () => {
    expect(parseDelays("1s, 2 s,5,  1m30s; 2h\n250ms")).toEqual([1000, 2000, 5000, 90_000, 7_200_000, 250]);
    expect(parseDelays("1.5 s, 1 d")).toEqual([1500, 86_400_000]);
    expect(parseDelays("")).toEqual([]);
    expect(parseDuration("5 min")).toBe(300_000);
  });

  it("says which delay it cannot read", () => {
    expect(parseDelays("5 s, soon")).toBe("“soon” is not a duration: write e.g. 500 ms, 5 s, 2 min, 1 h");
    expect(parseDelays("5 weeks")).toMatch(/^“5 weeks” is not a duration/);
    expect(retryPolicy({ preset: "custom", delays: "x" })).toEqual({ error: expect.stringContaining("“x”") });
  });

  it("keeps the custom text when another preset is chosen", () => {
    expect(retryPolicy({ preset: "fast", delays: "nonsense" })).toEqual({ policy: { preset: "fast" } });
  });

  it("formats durations so they read back", () => {
    for (const ms of [0, 1, 999, 1000, 1500, 59_999, 60_000, 90_500, 3_600_000, 36_000_000, 90_061_001]) {
      expect(parseDuration(formatDuration(ms))).toBe(ms);
    }
    expect(formatDuration(90_500)).toBe("1 min 30 s 500 ms");
  });

  it("describes a schedule in one line, saying whose it is", () => {
    expect(describeRetry({ preset: "standard" })).toBe(
      "Hookbench's schedule (from Standard Webhooks): 7 retries, after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (±10 %; a Retry-After answer wins).",
    );
    expect(describeRetry({ preset: "none" })).toBe("One attempt, no retries.");
    expect(describeRetry({ preset: "custom", delays_ms: [1000] })).toMatch(/^1 retry, after 1 s/);
  });

  it("names the provider's own behaviour, and Hookbench's schedule as Hookbench's", () => {
    const connectgain = { name: "ConnectGain", delivery: { ...rules, retry_delays_ms: [], retry_note: "Retried by hand." } };
    expect(presets(connectgain).map((p) => p.label)).toEqual(["As ConnectGain does", "Hookbench standard", "Fast", "None", "Custom"]);
    expect(presets().map((p) => p.preset)).not.toContain("provider");
    expect(describeRetry({ preset: "provider" }, connectgain)).toBe(
      "As ConnectGain does: one attempt, no automatic retries; retry failed deliveries by hand. Retried by hand.",
    );
    expect(describeRetry({ preset: "standard" }, connectgain)).toMatch(/^Hookbench's schedule \(from Standard Webhooks\), not the provider's: 7 retries/);
    const stripe = { name: "Stripe", delivery: rules };
    expect(describeRetry({ preset: "provider" }, stripe)).toMatch(/^Stripe documents no retry schedule, so Hookbench's standard one applies: 7 retries/);
    expect(retryPolicy(retryForm({ preset: "provider" }))).toEqual({ policy: { preset: "provider" } });
  });
});
