import { describe, expect, it } from "vitest";
import type { Webhook } from "../bindings/Webhook";
import type { WebhookConfig } from "../bindings/WebhookConfig";
import { configFromDraft, configOf, draftOf, eventsForm, eventsOf, eventsSummary, generateSecret, newConfig } from "./webhookDraft";

const known = ["contact.created", "contact.updated", "deal.won"];

const full: WebhookConfig = {
  ...newConfig("connectgain"),
  name: "CRM",
  url: "https://example.test/hooks",
  events: ["contact.created", "deal.*"],
  filters: [{ field: "data.channel", pattern: "sms*" }],
  secrets: ["old", "new"],
  headers: [{ name: "X-Env", value: "staging" }],
  values: { customer_id: "cus_42" },
  timeout_ms: 2500,
  retry: { preset: "custom", delays_ms: [1000, 60_000] },
  retry_client_errors: true,
  max_in_flight: 2,
  failure_threshold: 10,
  allow_private_network: true,
  follow_redirects: true,
};

describe("webhook draft", () => {
  it("starts a new webhook on the provider's own retry behaviour, with no values", () => {
    expect(newConfig("workspace").retry).toEqual({ preset: "provider" });
    expect(newConfig("workspace").values).toEqual({});
  });

  it("round-trips a config through the form", () => {
    expect(configFromDraft(draftOf(full, known), known)).toEqual({ config: full });
    const generic = { ...newConfig("generic"), custom_scheme: { algorithm: "sha1" as const, encoding: "hex" as const, header: "X-Sig", prefix: "", content: "body" as const, timestamp_format: "unix" as const } };
    expect(configFromDraft(draftOf(generic, []), [])).toEqual({ config: generic });
  });

  it("keeps the profile's events apart from typed globs", () => {
    expect(eventsForm(["*"], known)).toEqual({ all: true, picked: [], extra: "" });
    expect(eventsForm(["deal.won", "contact.*"], known)).toEqual({ all: false, picked: ["deal.won"], extra: "contact.*" });
    expect(eventsOf({ all: false, picked: ["deal.won", "contact.created"], extra: " contact.*,deal.won  x.y" }, known)).toEqual([
      "contact.created",
      "deal.won",
      "contact.*",
      "x.y",
    ]);
    expect(eventsOf({ all: true, picked: ["deal.won"], extra: "a" }, known)).toEqual(["*"]);
    expect(eventsOf({ all: false, picked: [], extra: "" }, known)).toEqual([]);
  });

  it("drops blank rows and refuses what cannot be sent", () => {
    const draft = draftOf(full, known);
    const blank = { ...draft, filters: [...draft.filters, { field: " ", pattern: "" }], headers: [{ name: "", value: "" }], secrets: ["", "s"] };
    const result = configFromDraft(blank, known);
    expect("config" in result && result.config.filters).toEqual(full.filters);
    expect("config" in result && result.config.headers).toEqual([]);
    expect("config" in result && result.config.secrets).toEqual(["s"]);
    const unset = configFromDraft({ ...draft, values: { customer_id: "cus_42", state: "  " } }, known);
    expect("config" in unset && unset.config.values).toEqual({ customer_id: "cus_42" });
    expect(configFromDraft({ ...draft, timeout_ms: "5s" }, known)).toEqual({ error: "Timeout must be a whole number; it is “5s”." });
    expect(configFromDraft({ ...draft, retry: { preset: "custom", delays: "later" } }, known)).toEqual({ error: expect.stringMatching(/^Retry delays: “later”/) });
  });

  it("saves a webhook back without the engine's bookkeeping", () => {
    const webhook: Webhook = { ...full, id: "w1", consecutive_failures: 3, disabled_reason: "5 failures", created_at: 1, updated_at: 2 };
    expect(configOf(webhook)).toEqual(full);
  });

  it("generates secrets in the scheme's form", () => {
    const ones = (b: Uint8Array) => b.fill(1);
    expect(generateSecret("standard-webhooks", ones)).toBe(`whsec_${btoa("\x01".repeat(24))}`);
    expect(generateSecret("hmac", ones)).toBe("01".repeat(24));
  });

  it("summarises events", () => {
    expect(eventsSummary(["*"])).toBe("all events");
    expect(eventsSummary(["a", "b"])).toBe("a, b");
    expect(eventsSummary(["a", "b", "c", "d"])).toBe("a, b +2");
  });
});
