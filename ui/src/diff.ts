// Comparing two captures: JSON bodies structurally, headers as ordered multisets, other text
// bodies line by line. Pure functions; the screen is inbox/CompareView.tsx.

import type { Body } from "./bindings/Body";
import type { Header } from "./bindings/Header";
import { bodyBytes } from "./curl";

// ---------------------------------------------------------------------------------------------
// JSON

/** One difference between two JSON values, at a JSON Pointer (RFC 6901; "" is the root). */
export type Change = { path: string; kind: "added" | "removed" | "changed"; before?: unknown; after?: unknown };

/**
 * Structural JSON diff. Objects are compared key by key, whatever the key order. A value whose
 * type changes (object → array, number → string, anything ↔ null) is one "changed" entry.
 * Arrays are compared by index, except arrays made only of primitives (strings, numbers,
 * booleans, null), which are aligned with a longest common subsequence so that one insertion
 * is one "added" entry rather than a change at every later index. In that case "removed" and
 * "changed" paths index into `a` and "added" paths into `b`.
 * Numbers are compared after JSON.parse, so integers beyond 2^53 that differ only in digits
 * JavaScript cannot represent compare equal.
 */
export function jsonDiff(a: unknown, b: unknown): Change[] {
  const out: Change[] = [];
  walk(a, b, "", out);
  return out;
}

type Kind = "null" | "array" | "object" | "string" | "number" | "boolean" | "other";

function kindOf(value: unknown): Kind {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  const type = typeof value;
  return type === "object" || type === "string" || type === "number" || type === "boolean" ? type : "other";
}

const isPrimitive = (value: unknown) => {
  const kind = kindOf(value);
  return kind !== "array" && kind !== "object";
};

/** One JSON Pointer reference token: `~` as `~0`, `/` as `~1`. */
export function pointerToken(key: string | number): string {
  return String(key).replace(/~/g, "~0").replace(/\//g, "~1");
}

function walk(a: unknown, b: unknown, path: string, out: Change[]): void {
  const kind = kindOf(a);
  if (kind !== kindOf(b)) {
    out.push({ path, kind: "changed", before: a, after: b });
  } else if (kind === "object") {
    const before = a as Record<string, unknown>;
    const after = b as Record<string, unknown>;
    for (const key of Object.keys(before)) {
      const at = `${path}/${pointerToken(key)}`;
      if (Object.hasOwn(after, key)) walk(before[key], after[key], at, out);
      else out.push({ path: at, kind: "removed", before: before[key] });
    }
    for (const key of Object.keys(after)) {
      if (!Object.hasOwn(before, key)) out.push({ path: `${path}/${pointerToken(key)}`, kind: "added", after: after[key] });
    }
  } else if (kind === "array") {
    walkArray(a as unknown[], b as unknown[], path, out);
  } else if (a !== b) {
    out.push({ path, kind: "changed", before: a, after: b });
  }
}

function walkArray(a: unknown[], b: unknown[], path: string, out: Change[]): void {
  const steps = a.every(isPrimitive) && b.every(isPrimitive) ? editScript(a, b, (x, y) => x === y) : null;
  if (steps === null) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (i >= b.length) out.push({ path: `${path}/${i}`, kind: "removed", before: a[i] });
      else if (i >= a.length) out.push({ path: `${path}/${i}`, kind: "added", after: b[i] });
      else walk(a[i], b[i], `${path}/${i}`, out);
    }
    return;
  }
  // Within each run between common elements, removals and additions pair up as changes.
  for (let k = 0; k < steps.length; ) {
    if (steps[k].op === "same") {
      k++;
      continue;
    }
    const removed: number[] = [];
    const added: number[] = [];
    for (; k < steps.length && steps[k].op !== "same"; k++) {
      if (steps[k].op === "removed") removed.push(steps[k].a);
      else added.push(steps[k].b);
    }
    const paired = Math.min(removed.length, added.length);
    for (let i = 0; i < paired; i++) out.push({ path: `${path}/${removed[i]}`, kind: "changed", before: a[removed[i]], after: b[added[i]] });
    for (const i of removed.slice(paired)) out.push({ path: `${path}/${i}`, kind: "removed", before: a[i] });
    for (const j of added.slice(paired)) out.push({ path: `${path}/${j}`, kind: "added", after: b[j] });
  }
}

// ---------------------------------------------------------------------------------------------
// Longest common subsequence

/** Above this many items on either side (once the common start and end are set aside), no LCS. */
export const LCS_LIMIT = 2000;

type Step = { op: "same" | "removed" | "added"; a: number; b: number };

/**
 * An edit script from `a` to `b` (indexes into both), by dynamic programming over what remains
 * after the common prefix and suffix; null when that remainder exceeds LCS_LIMIT on a side
 * (the table would need LCS_LIMIT² cells). Removals come before additions within a run.
 */
function editScript<T>(a: readonly T[], b: readonly T[], eq: (x: T, y: T) => boolean): Step[] | null {
  let start = 0;
  while (start < a.length && start < b.length && eq(a[start], b[start])) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && eq(a[endA - 1], b[endB - 1])) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  if (n > LCS_LIMIT || m > LCS_LIMIT) return null;
  // table[i][j]: LCS length of a[start+i..endA) and b[start+j..endB); fits 16 bits by the limit.
  const w = m + 1;
  const table = new Uint16Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * w + j] = eq(a[start + i], b[start + j])
        ? table[(i + 1) * w + j + 1] + 1
        : Math.max(table[(i + 1) * w + j], table[i * w + j + 1]);
    }
  }
  const steps: Step[] = [];
  for (let k = 0; k < start; k++) steps.push({ op: "same", a: k, b: k });
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && eq(a[start + i], b[start + j])) {
      steps.push({ op: "same", a: start + i++, b: start + j++ });
    } else if (i < n && (j === m || table[(i + 1) * w + j] >= table[i * w + j + 1])) {
      steps.push({ op: "removed", a: start + i++, b: start + j });
    } else {
      steps.push({ op: "added", a: start + i, b: start + j++ });
    }
  }
  for (let k = 0; k < a.length - endA; k++) steps.push({ op: "same", a: endA + k, b: endB + k });
  return steps;
}

// ---------------------------------------------------------------------------------------------
// Lines

/** Line numbers count from 1. A single "too-large" entry replaces the list when no LCS is run. */
export type LineOp =
  | { kind: "same"; text: string; before: number; after: number }
  | { kind: "removed"; text: string; before: number }
  | { kind: "added"; text: string; after: number }
  | { kind: "too-large"; beforeLines: number; afterLines: number; limit: number };

/**
 * Line diff (LCS) for bodies that are not JSON. Lines split on "\n" only, so a "\r" stays part
 * of its line and CRLF vs LF shows as a difference. Too large to diff line by line when, after
 * the common first and last lines, more than LCS_LIMIT lines remain on either side.
 */
export function lineDiff(a: string, b: string): LineOp[] {
  const before = a.split("\n");
  const after = b.split("\n");
  const steps = editScript(before, after, (x, y) => x === y);
  if (steps === null) return [{ kind: "too-large", beforeLines: before.length, afterLines: after.length, limit: LCS_LIMIT }];
  return steps.map((s): LineOp => {
    if (s.op === "same") return { kind: "same", text: before[s.a], before: s.a + 1, after: s.b + 1 };
    if (s.op === "removed") return { kind: "removed", text: before[s.a], before: s.a + 1 };
    return { kind: "added", text: after[s.b], after: s.b + 1 };
  });
}

// ---------------------------------------------------------------------------------------------
// Headers

/**
 * Indexes point into the two header lists. "moved": the same name and value in both, out of
 * order relative to the other headers present in both.
 */
export type HeaderChange =
  | { kind: "added"; name: string; after: Header; afterIndex: number }
  | { kind: "removed"; name: string; before: Header; beforeIndex: number }
  | { kind: "changed"; name: string; before: Header; after: Header; beforeIndex: number; afterIndex: number }
  | { kind: "moved"; name: string; before: Header; after: Header; beforeIndex: number; afterIndex: number };

/** Values compare as bytes: the raw bytes when the value was not UTF-8, else the text. */
const valueKey = (h: Header) => (h.raw_base64 !== undefined ? `b:${h.raw_base64}` : `t:${h.value}`);

/**
 * Header diff. Names compare case-insensitively (reported in lower case). Per name, values are
 * a multiset: a value present in both is unchanged wherever it sits; the values left over pair
 * up in order as "changed", the rest are "removed" or "added". Order-only differences among the
 * unchanged headers come last, as "moved": the fewest headers whose moving explains the new
 * order (those outside a longest run that kept its relative order).
 */
export function headerDiff(a: Header[], b: Header[]): HeaderChange[] {
  const names: string[] = [];
  const byName = new Map<string, { a: number[]; b: number[] }>();
  const group = (list: Header[], side: "a" | "b") =>
    list.forEach((h, i) => {
      const name = h.name.toLowerCase();
      let entry = byName.get(name);
      if (!entry) byName.set(name, (entry = { a: [], b: [] }));
      if (!entry.a.length && !entry.b.length) names.push(name);
      entry[side].push(i);
    });
  group(a, "a");
  group(b, "b");

  const changes: HeaderChange[] = [];
  const kept: [number, number][] = [];
  for (const name of names) {
    const entry = byName.get(name)!;
    const freeB = [...entry.b];
    const leftA: number[] = [];
    for (const i of entry.a) {
      const at = freeB.findIndex((j) => valueKey(b[j]) === valueKey(a[i]));
      if (at >= 0) kept.push([i, freeB.splice(at, 1)[0]]);
      else leftA.push(i);
    }
    const paired = Math.min(leftA.length, freeB.length);
    for (let k = 0; k < paired; k++) {
      const [i, j] = [leftA[k], freeB[k]];
      changes.push({ kind: "changed", name, before: a[i], after: b[j], beforeIndex: i, afterIndex: j });
    }
    for (const i of leftA.slice(paired)) changes.push({ kind: "removed", name, before: a[i], beforeIndex: i });
    for (const j of freeB.slice(paired)) changes.push({ kind: "added", name, after: b[j], afterIndex: j });
  }

  // Unchanged headers in `a` order; those outside a longest increasing run of `b` positions moved.
  kept.sort((x, y) => x[0] - y[0]);
  const inOrder = longestIncreasing(kept.map(([, j]) => j));
  kept
    .filter((_, k) => !inOrder.has(k))
    .sort((x, y) => x[1] - y[1])
    .forEach(([i, j]) => changes.push({ kind: "moved", name: a[i].name.toLowerCase(), before: a[i], after: b[j], beforeIndex: i, afterIndex: j }));
  return changes;
}

/** Positions (into `values`) of one longest strictly increasing subsequence. O(n²): n is small. */
function longestIncreasing(values: number[]): Set<number> {
  const length = values.map(() => 1);
  const previous = values.map(() => -1);
  let best = -1;
  for (let i = 0; i < values.length; i++) {
    for (let k = 0; k < i; k++) {
      if (values[k] < values[i] && length[k] + 1 > length[i]) {
        length[i] = length[k] + 1;
        previous[i] = k;
      }
    }
    if (best < 0 || length[i] > length[best]) best = i;
  }
  const positions = new Set<number>();
  for (let i = best; i >= 0; i = previous[i]) positions.add(i);
  return positions;
}

// ---------------------------------------------------------------------------------------------
// Bodies

export type BodyComparison =
  | { kind: "identical" }
  /** Both parse as JSON. No changes: the same JSON, formatted or ordered differently. */
  | { kind: "json"; changes: Change[] }
  | { kind: "text"; lines: LineOp[] }
  /** At least one is not UTF-8: sizes and the offset of the first differing byte. */
  | { kind: "binary"; beforeSize: number; afterSize: number; firstDifference: number };

export function compareBodies(a: Body, b: Body): BodyComparison {
  const x = bodyBytes(a);
  const y = bodyBytes(b);
  let first = 0;
  while (first < x.length && first < y.length && x[first] === y[first]) first++;
  if (first === x.length && first === y.length) return { kind: "identical" };
  if (a.encoding !== "utf8" || b.encoding !== "utf8") {
    return { kind: "binary", beforeSize: x.length, afterSize: y.length, firstDifference: first };
  }
  const left = parseJson(a.data);
  const right = parseJson(b.data);
  if (left.ok && right.ok) return { kind: "json", changes: jsonDiff(left.value, right.value) };
  return { kind: "text", lines: lineDiff(a.data, b.data) };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === "") return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}
