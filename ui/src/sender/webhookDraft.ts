// The webhook editor's draft: a WebhookConfig as the form holds it (numbers as typed, events as
// "all" or picked + globs, the retry policy as a preset or typed delays), and back.

import type { FieldFilter } from "../bindings/FieldFilter";
import type { Header } from "../bindings/Header";
import type { HmacScheme } from "../bindings/HmacScheme";
import type { Webhook } from "../bindings/Webhook";
import type { WebhookConfig } from "../bindings/WebhookConfig";
import { retryForm, retryPolicy, type RetryForm } from "./retryPolicy";

export interface EventsForm {
  all: boolean;
  /** Profile event ids, ticked. */
  picked: string[];
  /** Globs and ids not in the profile, as typed: `contact.*, deal.*`. */
  extra: string;
}

export interface WebhookDraft {
  name: string;
  url: string;
  provider: string;
  active: boolean;
  events: EventsForm;
  filters: FieldFilter[];
  secrets: string[];
  custom_scheme?: HmacScheme;
  headers: Header[];
  /** The provider's own values, as typed; empty ones are not sent. */
  values: Record<string, string>;
  timeout_ms: string;
  retry: RetryForm;
  retry_client_errors: boolean;
  max_in_flight: string;
  failure_threshold: string;
  allow_private_network: boolean;
  follow_redirects: boolean;
}

/** The engine's defaults (src/sender/model.rs). */
export function newConfig(provider: string): WebhookConfig {
  return {
    name: "",
    url: "",
    provider,
    events: ["*"],
    filters: [],
    secrets: [],
    headers: [],
    values: {},
    active: true,
    timeout_ms: 5000,
    retry: { preset: "provider" },
    retry_client_errors: false,
    max_in_flight: 8,
    failure_threshold: 5,
    allow_private_network: false,
    follow_redirects: false,
  };
}

/** What a webhook's editor saves back: its config without the engine's bookkeeping. */
export function configOf(webhook: Webhook): WebhookConfig {
  const { id, consecutive_failures, disabled_reason, created_at, updated_at, ...config } = webhook;
  void [id, consecutive_failures, disabled_reason, created_at, updated_at];
  return config;
}

export function eventsForm(events: string[], known: string[]): EventsForm {
  if (events.length === 0 || events.includes("*")) return { all: true, picked: [], extra: "" };
  return {
    all: false,
    picked: events.filter((e) => known.includes(e)),
    extra: events.filter((e) => !known.includes(e)).join(", "),
  };
}

export function eventsOf(form: EventsForm, known: string[]): string[] {
  if (form.all) return ["*"];
  const extra = form.extra.split(/[\s,]+/).filter(Boolean);
  const picked = known.filter((e) => form.picked.includes(e));
  return [...new Set([...picked, ...extra])];
}

export function draftOf(config: WebhookConfig, knownEvents: string[]): WebhookDraft {
  return {
    name: config.name,
    url: config.url,
    provider: config.provider,
    active: config.active,
    events: eventsForm(config.events, knownEvents),
    filters: config.filters,
    secrets: config.secrets,
    custom_scheme: config.custom_scheme,
    headers: config.headers,
    values: config.values,
    timeout_ms: String(config.timeout_ms),
    retry: retryForm(config.retry),
    retry_client_errors: config.retry_client_errors,
    max_in_flight: String(config.max_in_flight),
    failure_threshold: String(config.failure_threshold),
    allow_private_network: config.allow_private_network,
    follow_redirects: config.follow_redirects,
  };
}

/**
 * The config to send, or what must be fixed first. Only what cannot be sent at all is checked
 * here (a number that is not one, delays that do not read); the engine checks the rest and its
 * message is shown as it is.
 */
export function configFromDraft(draft: WebhookDraft, knownEvents: string[]): { config: WebhookConfig } | { error: string } {
  const retry = retryPolicy(draft.retry);
  if ("error" in retry) return { error: `Retry delays: ${retry.error}` };
  const numbers: [string, string][] = [
    ["Timeout", draft.timeout_ms],
    ["Max in flight", draft.max_in_flight],
    ["Failure threshold", draft.failure_threshold],
  ];
  for (const [label, value] of numbers) {
    if (!/^\d+$/.test(value.trim())) return { error: `${label} must be a whole number; it is “${value}”.` };
  }
  const config: WebhookConfig = {
    name: draft.name,
    url: draft.url,
    provider: draft.provider,
    events: eventsOf(draft.events, knownEvents),
    filters: draft.filters.filter((f) => f.field.trim() || f.pattern),
    secrets: draft.secrets.filter((s) => s.length > 0),
    headers: draft.headers.filter((h) => h.name.trim() || h.value),
    values: Object.fromEntries(Object.entries(draft.values).filter(([, value]) => value.trim() !== "")),
    active: draft.active,
    timeout_ms: Number(draft.timeout_ms),
    retry: retry.policy,
    retry_client_errors: draft.retry_client_errors,
    max_in_flight: Number(draft.max_in_flight),
    failure_threshold: Number(draft.failure_threshold),
    allow_private_network: draft.allow_private_network,
    follow_redirects: draft.follow_redirects,
  };
  if (draft.custom_scheme) config.custom_scheme = draft.custom_scheme;
  return { config };
}

/** A fresh random secret in the form the signing scheme expects. */
export function generateSecret(signingScheme: string, random: (bytes: Uint8Array) => void = (b) => crypto.getRandomValues(b)): string {
  const bytes = new Uint8Array(24);
  random(bytes);
  if (signingScheme === "standard-webhooks") return `whsec_${btoa(String.fromCharCode(...bytes))}`;
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** "all events", "contact.created", "contact.created +2". */
export function eventsSummary(events: string[]): string {
  if (events.includes("*")) return "all events";
  if (events.length <= 2) return events.join(", ");
  return `${events[0]}, ${events[1]} +${events.length - 2}`;
}
