// How deliveries and attempts read: outcomes, durations, countdowns and the timings bar.

import type { Attempt } from "../bindings/Attempt";
import type { Delivery } from "../bindings/Delivery";
import type { DeliveryStatus } from "../bindings/DeliveryStatus";
import type { Timings } from "../bindings/Timings";
import type { TransportErrorKind } from "../bindings/TransportErrorKind";
import { statusClass, type StatusClass } from "../format";

export const ERROR_KINDS: Record<TransportErrorKind, string> = {
  invalid_url: "invalid URL",
  dns: "DNS lookup failed",
  blocked: "address blocked",
  connection_refused: "connection refused",
  connect: "could not connect",
  tls: "TLS handshake failed",
  timeout: "timed out",
  protocol: "broken answer",
};

/** A status code or transport error, with the tone it is shown in (5xx and errors red). */
export interface Outcome {
  text: string;
  tone: StatusClass;
}

export function attemptOutcome(attempt: Attempt): Outcome {
  if (attempt.response) {
    const { status, reason } = attempt.response;
    return { text: reason ? `${status} ${reason}` : String(status), tone: answerTone(status, attempt.succeeded) };
  }
  if (attempt.error) return { text: ERROR_KINDS[attempt.error.kind], tone: "server-error" };
  return { text: "no answer", tone: "server-error" };
}

/** A 2xx the provider does not count as delivered (Connectly takes only 200) is not shown as a success. */
function answerTone(status: number, delivered: boolean): StatusClass {
  const tone = statusClass(status);
  return tone === "ok" && !delivered ? "client-error" : tone;
}

/** The last attempt as the log lists it: its status, else its error, else nothing yet. */
export function lastOutcome(delivery: Delivery): Outcome | null {
  if (delivery.last_status !== null) {
    const delivered = delivery.status === "succeeded" || delivery.last_error === null;
    return { text: String(delivery.last_status), tone: answerTone(delivery.last_status, delivered) };
  }
  if (delivery.last_error) return { text: delivery.last_error, tone: "server-error" };
  return null;
}

/** "0.4 ms", "87 ms", "1.24 s", "12.5 s", "2 min 5 s". */
export function durationText(ms: number): string {
  if (ms < 1) return `${Number(ms.toFixed(1))} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 10_000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** "in 4 s", "in 5 min", "in 2 h", "in 3 d"; "now" once due. */
export function untilText(at: number, now: number): string {
  const seconds = Math.ceil((at - now) / 1000);
  if (seconds <= 0) return "now";
  if (seconds < 60) return `in ${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `in ${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `in ${hours} h`;
  return `in ${Math.round(hours / 24)} d`;
}

/** "retrying in 4 s", "first attempt now"; null when nothing is scheduled. */
export function nextAttemptText(delivery: Delivery, now: number): string | null {
  if (delivery.next_attempt_at === null) return null;
  if (delivery.status !== "pending" && delivery.status !== "retrying") return null;
  const when = untilText(delivery.next_attempt_at, now);
  if (delivery.status === "retrying") return `retrying ${when}`;
  return delivery.attempts === 0 ? `first attempt ${when}` : `attempt ${delivery.attempts + 1} ${when}`;
}

export const STATUS_LABELS: Record<DeliveryStatus, string> = {
  pending: "Pending",
  retrying: "Retrying",
  succeeded: "Succeeded",
  failed: "Failed",
  cancelled: "Cancelled",
};

/** What a delivery can still be asked to do (the engine refuses the rest with 409). */
export function deliveryActions(status: DeliveryStatus): { retry: boolean; cancel: boolean } {
  return {
    retry: status === "failed" || status === "succeeded" || status === "cancelled",
    cancel: status === "pending" || status === "retrying",
  };
}

export interface TimingSegment {
  key: "connect" | "wait" | "receive";
  label: string;
  ms: number;
  /** Start and width in percent of the total. */
  start: number;
  width: number;
}

/** The timings bar: connecting, waiting for the first byte, receiving the rest. */
export function timingSegments(timings: Timings): TimingSegment[] {
  const total = Math.max(timings.total_ms, 0);
  if (total === 0) return [];
  // A kept-alive connection had nothing to connect: waiting starts at once.
  const connect = timings.reused ? 0 : timings.connect_ms === null ? null : clamp(timings.connect_ms, 0, total);
  const firstByte = timings.first_byte_ms === null ? null : clamp(timings.first_byte_ms, connect ?? 0, total);
  const marks: [TimingSegment["key"], string, number, number][] = [];
  if (connect === null) {
    marks.push(["connect", "Connecting (failed)", 0, total]);
  } else {
    if (!timings.reused) marks.push(["connect", "Connect", 0, connect]);
    if (firstByte === null) marks.push(["wait", "Waiting (no answer)", connect, total]);
    else {
      marks.push(["wait", "Waiting for the first byte", connect, firstByte]);
      marks.push(["receive", "Receiving", firstByte, total]);
    }
  }
  return marks.map(([key, label, from, to]) => ({
    key,
    label,
    ms: to - from,
    start: (from / total) * 100,
    width: ((to - from) / total) * 100,
  }));
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
