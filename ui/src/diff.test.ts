import { describe, expect, it } from "vitest";

import type { Header } from "./bindings/Header";
import { compareBodies, headerDiff, jsonDiff, LCS_LIMIT, lineDiff, pointerToken } from "./diff";

describe("jsonDiff", () => {
  it("finds nothing between equal values, whatever the key order", () => {
    expect(jsonDiff({ a: 1, b: { c: [1, 2], d: null } }, { b: { d: null, c: [1, 2] }, a: 1 })).toEqual([]);
    expect(jsonDiff("x", "x")).toEqual([]);
    expect(jsonDiff(null, null)).toEqual([]);
  });

  it("reports added, removed and changed keys at JSON pointers, in the first value's key order", () => {
    const before = { id: 1, status: "open", meta: { tags: 2 }, gone: true };
    const after = { id: 1, status: "closed", meta: { tags: 2, extra: "x" } };
    expect(jsonDiff(before, after)).toEqual([
      { path: "/status", kind: "changed", before: "open", after: "closed" },
      { path: "/meta/extra", kind: "added", after: "x" },
      { path: "/gone", kind: "removed", before: true },
    ]);
  });

  it("escapes ~ and / in keys and reports the root as the empty pointer", () => {
    expect(pointerToken("a/b~c")).toBe("a~1b~0c");
    expect(jsonDiff({ "a/b": 1, "~": 2 }, { "a/b": 3, "~": 2 })).toEqual([{ path: "/a~1b", kind: "changed", before: 1, after: 3 }]);
    expect(jsonDiff(1, 2)).toEqual([{ path: "", kind: "changed", before: 1, after: 2 }]);
  });

  it("reports a type change as one change, including null and object vs array", () => {
    expect(jsonDiff({ a: { x: 1 } }, { a: [1] })).toEqual([{ path: "/a", kind: "changed", before: { x: 1 }, after: [1] }]);
    expect(jsonDiff({ a: null }, { a: 0 })).toEqual([{ path: "/a", kind: "changed", before: null, after: 0 }]);
    expect(jsonDiff({ a: "1" }, { a: 1 })).toEqual([{ path: "/a", kind: "changed", before: "1", after: 1 }]);
    expect(jsonDiff([], {})).toEqual([{ path: "", kind: "changed", before: [], after: {} }]);
  });

  it("compares arrays of objects by index", () => {
    expect(jsonDiff({ items: [{ n: 1 }, { n: 2 }] }, { items: [{ n: 1 }, { n: 3 }, { n: 4 }] })).toEqual([
      { path: "/items/1/n", kind: "changed", before: 2, after: 3 },
      { path: "/items/2", kind: "added", after: { n: 4 } },
    ]);
    expect(jsonDiff([{ a: 1 }, { b: 2 }], [{ a: 1 }])).toEqual([{ path: "/1", kind: "removed", before: { b: 2 } }]);
  });

  it("aligns arrays of primitives, so one insertion is one change", () => {
    expect(jsonDiff(["a", "b", "c"], ["x", "a", "b", "c"])).toEqual([{ path: "/0", kind: "added", after: "x" }]);
    expect(jsonDiff(["a", "b", "c"], ["a", "c"])).toEqual([{ path: "/1", kind: "removed", before: "b" }]);
    expect(jsonDiff([1, 2, 3], [1, 5, 3])).toEqual([{ path: "/1", kind: "changed", before: 2, after: 5 }]);
    // "removed"/"changed" index into the first array, "added" into the second.
    expect(jsonDiff([1, 2, 3], [1, 4, 5, 6, 3])).toEqual([
      { path: "/1", kind: "changed", before: 2, after: 4 },
      { path: "/2", kind: "added", after: 5 },
      { path: "/3", kind: "added", after: 6 },
    ]);
    expect(jsonDiff([1, "1", true, null], [1, 1, true, null])).toEqual([{ path: "/1", kind: "changed", before: "1", after: 1 }]);
  });

  it("falls back to index order for huge primitive arrays", () => {
    const big = Array.from({ length: LCS_LIMIT + 10 }, (_, i) => i);
    const shifted = [-1, ...big.slice(0, -1)];
    const changes = jsonDiff(big, shifted);
    expect(changes).toHaveLength(big.length);
    expect(changes[0]).toEqual({ path: "/0", kind: "changed", before: 0, after: -1 });
  });

  it("treats a __proto__ key as data", () => {
    const a = JSON.parse('{"__proto__": {"x": 1}}') as unknown;
    const b = JSON.parse('{"__proto__": {"x": 2}}') as unknown;
    expect(jsonDiff(a, b)).toEqual([{ path: "/__proto__/x", kind: "changed", before: 1, after: 2 }]);
  });
});

const h = (name: string, value: string, raw_base64?: string): Header => (raw_base64 ? { name, value, raw_base64 } : { name, value });

describe("headerDiff", () => {
  it("finds nothing between the same headers, whatever the name case", () => {
    expect(headerDiff([h("Content-Type", "a"), h("X-A", "1")], [h("content-type", "a"), h("x-a", "1")])).toEqual([]);
  });

  it("reports added, removed and changed values", () => {
    const a = [h("host", "x"), h("x-sig", "abc"), h("x-old", "1")];
    const b = [h("host", "x"), h("X-Sig", "def"), h("x-new", "2")];
    expect(headerDiff(a, b)).toEqual([
      { kind: "changed", name: "x-sig", before: a[1], after: b[1], beforeIndex: 1, afterIndex: 1 },
      { kind: "removed", name: "x-old", before: a[2], beforeIndex: 2 },
      { kind: "added", name: "x-new", after: b[2], afterIndex: 2 },
    ]);
  });

  it("treats repeats as a multiset", () => {
    const a = [h("x-r", "1"), h("x-r", "2"), h("x-r", "3")];
    const b = [h("x-r", "1"), h("x-r", "3")];
    expect(headerDiff(a, b)).toEqual([{ kind: "removed", name: "x-r", before: a[1], beforeIndex: 1 }]);
    const c = [h("x-r", "1"), h("x-r", "1"), h("x-r", "9")];
    expect(headerDiff(a, c)).toEqual([
      { kind: "changed", name: "x-r", before: a[1], after: c[1], beforeIndex: 1, afterIndex: 1 },
      { kind: "changed", name: "x-r", before: a[2], after: c[2], beforeIndex: 2, afterIndex: 2 },
    ]);
  });

  it("reports order-only differences separately, as the fewest moves", () => {
    const a = [h("a", "1"), h("b", "2"), h("c", "3"), h("d", "4")];
    const b = [h("d", "4"), h("a", "1"), h("b", "2"), h("c", "3")];
    expect(headerDiff(a, b)).toEqual([{ kind: "moved", name: "d", before: a[3], after: b[0], beforeIndex: 3, afterIndex: 0 }]);
    // Swapped repeats of one name are an order difference too.
    const swapped = headerDiff([h("x", "1"), h("x", "2")], [h("x", "2"), h("x", "1")]);
    expect(swapped).toHaveLength(1);
    expect(swapped[0].kind).toBe("moved");
    // An insertion alone moves nothing.
    expect(headerDiff(a, [h("new", "0"), ...a]).map((c) => c.kind)).toEqual(["added"]);
  });

  it("compares raw bytes when a value is not UTF-8", () => {
    const a = [h("x-bin", "caf\ufffd", "Y2Fm6Q==")];
    expect(headerDiff(a, [h("x-bin", "caf\ufffd", "Y2Fm6Q==")])).toEqual([]);
    expect(headerDiff(a, [h("x-bin", "caf\ufffd", "Y2Fm/w==")]).map((c) => c.kind)).toEqual(["changed"]);
    expect(headerDiff(a, [h("x-bin", "caf\ufffd")]).map((c) => c.kind)).toEqual(["changed"]);
  });
});

describe("lineDiff", () => {
  it("aligns lines by longest common subsequence with line numbers", () => {
    expect(lineDiff("a\nb\nc", "a\nx\nc\nd")).toEqual([
      { kind: "same", text: "a", before: 1, after: 1 },
      { kind: "removed", text: "b", before: 2 },
      { kind: "added", text: "x", after: 2 },
      { kind: "same", text: "c", before: 3, after: 3 },
      { kind: "added", text: "d", after: 4 },
    ]);
  });

  it("keeps CR and a final newline visible as differences", () => {
    expect(lineDiff("a\r\nb", "a\nb").filter((op) => op.kind !== "same")).toEqual([
      { kind: "removed", text: "a\r", before: 1 },
      { kind: "added", text: "a", after: 1 },
    ]);
    expect(lineDiff("a", "a\n")).toEqual([
      { kind: "same", text: "a", before: 1, after: 1 },
      { kind: "added", text: "", after: 2 },
    ]);
  });

  it("diffs long texts that differ in a small middle, and refuses a huge middle", () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => `line ${i}`);
    const edited = [...lines];
    edited[25_000] = "edited";
    const ops = lineDiff(lines.join("\n"), edited.join("\n"));
    expect(ops.filter((op) => op.kind !== "same")).toEqual([
      { kind: "removed", text: "line 25000", before: 25_001 },
      { kind: "added", text: "edited", after: 25_001 },
    ]);
    const other = lines.map((l) => `${l}!`);
    expect(lineDiff(lines.join("\n"), other.join("\n"))).toEqual([
      { kind: "too-large", beforeLines: 50_000, afterLines: 50_000, limit: LCS_LIMIT },
    ]);
  });
});

describe("compareBodies", () => {
  const utf8 = (data: string) => ({ encoding: "utf8" as const, data });
  it("tells identical, JSON, text and binary bodies apart", () => {
    expect(compareBodies(utf8('{"a":1}'), utf8('{"a":1}'))).toEqual({ kind: "identical" });
    expect(compareBodies(utf8('{"a":1,"b":2}'), utf8('{ "b": 2, "a": 1 }'))).toEqual({ kind: "json", changes: [] });
    expect(compareBodies(utf8('{"a":1}'), utf8('{"a":2}'))).toEqual({
      kind: "json",
      changes: [{ path: "/a", kind: "changed", before: 1, after: 2 }],
    });
    expect(compareBodies(utf8("a=1"), utf8('{"a":1}')).kind).toBe("text");
    expect(compareBodies(utf8(""), utf8("x")).kind).toBe("text");
    expect(compareBodies({ encoding: "base64", data: btoa("ab\u00ff") }, utf8("ab"))).toEqual({
      kind: "binary",
      beforeSize: 3,
      afterSize: 2,
      firstDifference: 2,
    });
    expect(compareBodies({ encoding: "base64", data: btoa("\u00ff") }, { encoding: "base64", data: btoa("\u00ff") })).toEqual({ kind: "identical" });
  });
});
