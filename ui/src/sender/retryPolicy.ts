// The retry policy form: a preset, or custom delays typed as durations ("5 s, 1 min 30 s").

import type { DeliveryRules } from "../bindings/DeliveryRules";
import type { RetryPolicy } from "../bindings/RetryPolicy";

export type RetryPreset = RetryPolicy["preset"];

/** The provider a webhook delivers for, as far as retries are concerned. */
export interface RetryProvider {
  name: string;
  delivery: DeliveryRules;
}

/** The engine's schedules (src/sender/policy.rs), in ms after each failed attempt. */
export const PRESET_DELAYS: Record<"standard" | "fast", number[]> = {
  standard: [5, 300, 1_800, 7_200, 18_000, 36_000, 36_000].map((s) => s * 1000),
  fast: [1, 2, 5, 10, 30].map((s) => s * 1000),
};

/**
 * The choices: a webhook's provider's own behaviour first (a forward or replay has no provider);
 * `standard` is labelled as Hookbench's.
 */
export function presets(provider?: RetryProvider): { preset: RetryPreset; label: string }[] {
  return [
    ...(provider ? [{ preset: "provider" as const, label: `As ${provider.name} does` }] : []),
    { preset: "standard", label: "Hookbench standard" },
    { preset: "fast", label: "Fast" },
    { preset: "none", label: "None" },
    { preset: "custom", label: "Custom" },
  ];
}

export interface RetryForm {
  preset: RetryPreset;
  /** The custom delays as typed; kept when another preset is chosen, so switching back restores them. */
  delays: string;
}

export function retryForm(policy: RetryPolicy): RetryForm {
  return {
    preset: policy.preset,
    delays: policy.preset === "custom" ? delaysText(policy.delays_ms) : delaysText(PRESET_DELAYS.fast),
  };
}

/** The policy the form describes, or why it describes none. */
export function retryPolicy(form: RetryForm): { policy: RetryPolicy } | { error: string } {
  if (form.preset !== "custom") return { policy: { preset: form.preset } as RetryPolicy };
  const delays = parseDelays(form.delays);
  if (typeof delays === "string") return { error: delays };
  return { policy: { preset: "custom", delays_ms: delays } };
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, sec: 1000, m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000 };
const PART = /(\d+(?:\.\d+)?)\s*(ms|sec|min|s|m|h|d)?\s*/gy;

/** "5 s, 1 min 30 s, 500ms, 2h" → ms. A bare number is seconds. A string is what is wrong. */
export function parseDelays(text: string): number[] | string {
  const items = text.split(/[,;\n]/).map((item) => item.trim()).filter(Boolean);
  const delays: number[] = [];
  for (const item of items) {
    const ms = parseDuration(item);
    if (ms === null) return `“${item}” is not a duration: write e.g. 500 ms, 5 s, 2 min, 1 h`;
    delays.push(ms);
  }
  return delays;
}

export function parseDuration(text: string): number | null {
  PART.lastIndex = 0;
  let total = 0;
  let match: RegExpExecArray | null;
  let end = 0;
  while (end < text.length && (match = PART.exec(text)) !== null) {
    total += Number(match[1]) * UNITS[match[2] ?? "s"];
    end = PART.lastIndex;
  }
  return end === text.length && text.length > 0 ? Math.round(total) : null;
}

/** ms for people, and in a form `parseDuration` reads back: "500 ms", "1.5 s", "1 min 30 s", "10 h". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${Number((ms / 1000).toFixed(3))} s`;
  const parts: string[] = [];
  let rest = ms;
  for (const [unit, size] of [["d", 86_400_000], ["h", 3_600_000], ["min", 60_000], ["s", 1000], ["ms", 1]] as const) {
    const count = Math.floor(rest / size);
    if (count > 0) parts.push(`${count} ${unit}`);
    rest -= count * size;
  }
  return parts.join(" ");
}

export function delaysText(delays: number[]): string {
  return delays.map(formatDuration).join(", ");
}

function schedule(delays: number[]): string {
  if (delays.length === 0) return "One attempt, no retries.";
  return `${delays.length} ${delays.length === 1 ? "retry" : "retries"}, after ${delaysText(delays)} (±10 %; a Retry-After answer wins).`;
}

/** What a policy will do, in words: whose behaviour it is, then the schedule. */
export function describeRetry(policy: RetryPolicy, provider?: RetryProvider): string {
  const name = provider?.name ?? "the provider";
  switch (policy.preset) {
    case "provider": {
      const own = provider?.delivery.retry_delays_ms;
      if (own === null || own === undefined) {
        return `${provider ? `${name} documents` : "The profile documents"} no retry schedule, so Hookbench's standard one applies: ${schedule(PRESET_DELAYS.standard)}`;
      }
      const note = provider?.delivery.retry_note ? ` ${provider.delivery.retry_note}` : "";
      return `As ${name} does: ${own.length === 0 ? "one attempt, no automatic retries; retry failed deliveries by hand." : schedule(own)}${note}`;
    }
    case "standard":
      return `Hookbench's schedule (from Standard Webhooks)${provider ? ", not the provider's" : ""}: ${schedule(PRESET_DELAYS.standard)}`;
    case "fast":
      return `Hookbench's fast schedule for local testing: ${schedule(PRESET_DELAYS.fast)}`;
    case "none":
      return schedule([]);
    case "custom":
      return schedule(policy.delays_ms);
  }
}
