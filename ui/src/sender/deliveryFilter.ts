// The deliveries log's filter: what the form holds, what the API takes, and whether a delivery
// that changed (live) belongs in a list loaded with a filter.

import type { Delivery } from "../bindings/Delivery";
import type { DeliveryFilter } from "../bindings/DeliveryFilter";
import type { DeliverySource } from "../bindings/DeliverySource";
import type { DeliveryStatus } from "../bindings/DeliveryStatus";

export const STATUSES: DeliveryStatus[] = ["succeeded", "failed", "pending", "retrying", "cancelled"];

export interface FilterForm {
  webhook: string;
  status: DeliveryStatus | "";
  /** Event id or glob (`contact.*`). */
  event: string;
  /** `datetime-local` values, in local time, minute precision; empty for no bound. */
  from: string;
  to: string;
  /** Why the deliveries were made: webhook events, an inbox's forwards, replays. */
  source?: DeliverySource | "";
}

export const EMPTY_FORM: FilterForm = { webhook: "", status: "", event: "", from: "", to: "" };

/** The API filter: empty fields left out, dates as unix ms (`to` takes in its whole minute). */
export function toFilter(form: FilterForm): DeliveryFilter {
  const filter: DeliveryFilter = {};
  if (form.webhook) filter.webhook = form.webhook;
  if (form.status) filter.status = form.status;
  if (form.source) filter.source = form.source;
  if (form.event.trim()) filter.event = form.event.trim();
  const from = localMillis(form.from);
  if (from !== null) filter.from = from;
  const to = localMillis(form.to);
  if (to !== null) filter.to = to + 59_999;
  return filter;
}

/** A `datetime-local` value (`2026-11-23T14:05`) as unix ms in the local time zone. */
export function localMillis(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number);
  return new Date(y, mo - 1, d, h, mi, s || 0).getTime();
}

export function isFiltered(form: FilterForm): boolean {
  return Object.keys(toFilter(form)).length > 0;
}

/**
 * Whether the engine would list `delivery` under `filter`; `null` when it cannot be told here
 * (a glob with `[...]` classes, which SQLite's GLOB knows and this does not).
 */
export function matchesFilter(delivery: Delivery, filter: DeliveryFilter): boolean | null {
  if (filter.webhook && filter.webhook !== delivery.webhook_id) return false;
  if (filter.status && filter.status !== delivery.status) return false;
  if (filter.capture && filter.capture !== delivery.capture_id) return false;
  if (filter.source && filter.source !== delivery.source) return false;
  if (filter.from !== undefined && delivery.created_at < filter.from) return false;
  if (filter.to !== undefined && delivery.created_at > filter.to) return false;
  if (filter.event) {
    if (filter.event.includes("[")) return null;
    return globMatch(filter.event, delivery.event);
  }
  return true;
}

/** `*` any run of characters, `?` one character, everything else itself (case-sensitive). */
export function globMatch(pattern: string, text: string): boolean {
  const p = [...pattern];
  const t = [...text];
  let pi = 0;
  let ti = 0;
  let star: [number, number] | null = null;
  while (ti < t.length) {
    if (p[pi] === "*") {
      star = [pi, ti];
      pi += 1;
    } else if (pi < p.length && (p[pi] === "?" || p[pi] === t[ti])) {
      pi += 1;
      ti += 1;
    } else if (star) {
      pi = star[0] + 1;
      ti = star[1] + 1;
      star = [star[0], star[1] + 1];
    } else {
      return false;
    }
  }
  return p.slice(pi).every((c) => c === "*");
}
