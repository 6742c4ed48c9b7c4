// JSON written one line per value below `depth` levels: a changed schema, webhook or fixture is
// one changed line in a diff (as scripts/catalog/vendor-github.mjs writes GitHub's files).

export function layered(value, depth, indent = "") {
  if (depth === 0 || value === null || typeof value !== "object") return JSON.stringify(value);
  const inner = indent + "  ";
  const items = Array.isArray(value)
    ? value.map((v) => inner + layered(v, depth - 1, inner))
    : Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${layered(v, depth - 1, inner)}`);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  return items.length ? `${open}\n${items.join(",\n")}\n${indent}${close}` : open + close;
}
