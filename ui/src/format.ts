// Formatting of raw values for people: sizes, times, status classes.

import type { Body } from "./bindings/Body";

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KiB", "MiB", "GiB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

/** "just now", "42 s ago", "5 min ago", "3 h ago", then the date. */
export function relativeTime(millis: number, now: number): string {
  const seconds = Math.round((now - millis) / 1000);
  if (seconds < 5) return "just now";
  if (seconds < 60) return `${seconds} s ago`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return new Date(millis).toISOString().slice(0, 10);
}

/** The exact timestamp, to the millisecond, for tooltips. */
export function exactTime(millis: number): string {
  return new Date(millis).toISOString().replace("T", " ").replace("Z", " UTC");
}

export type StatusClass = "ok" | "redirect" | "client-error" | "server-error";

export function statusClass(status: number): StatusClass {
  if (status >= 500 || status === 0) return "server-error";
  if (status >= 400) return "client-error";
  if (status >= 300) return "redirect";
  return "ok";
}

/** The number of bytes a body holds. */
export function bodySize(body: Body): number {
  return body.encoding === "utf8" ? new TextEncoder().encode(body.data).length : atob(body.data).length;
}

/** Pretty-prints JSON text; null when the text is not JSON. */
export function prettyJson(text: string): string | null {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return null;
  }
}

/** Decodes base64 into a hex dump: offset, 16 bytes, printable ASCII. */
export function hexDump(base64: string, maxBytes = 64 * 1024): string {
  const binary = atob(base64);
  const length = Math.min(binary.length, maxBytes);
  const lines: string[] = [];
  for (let offset = 0; offset < length; offset += 16) {
    const bytes = Array.from(binary.slice(offset, Math.min(offset + 16, length)), (c) => c.charCodeAt(0));
    const hex = bytes.map((b) => b.toString(16).padStart(2, "0")).join(" ");
    const ascii = bytes.map((b) => (b >= 32 && b < 127 ? String.fromCharCode(b) : ".")).join("");
    lines.push(`${offset.toString(16).padStart(8, "0")}  ${hex.padEnd(47)}  ${ascii}`);
  }
  if (binary.length > length) lines.push(`… ${binary.length - length} more bytes`);
  return lines.join("\n");
}
