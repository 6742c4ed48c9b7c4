// What every normalizer shares: the layout of the files it writes and `--check`.

import { readFileSync, writeFileSync, existsSync } from "node:fs";

/** JSON with one line per value below `depth` levels: small, and a changed schema, webhook or
 * example is one changed line in a diff. */
export function layered(value, depth, indent = "") {
  if (depth === 0 || value === null || typeof value !== "object") return JSON.stringify(value);
  const inner = indent + "  ";
  const items = Array.isArray(value)
    ? value.map((v) => inner + layered(v, depth - 1, inner))
    : Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${layered(v, depth - 1, inner)}`);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  return items.length ? `${open}\n${items.join(",\n")}\n${indent}${close}` : open + close;
}

/** Writes `text` to `path`; with `--check` on the command line, writes nothing and exits 1 when
 * the file differs. */
export function writeOrCheck(path, text, shown) {
  if (process.argv.includes("--check")) {
    const current = existsSync(path) ? readFileSync(path, "utf8") : "";
    if (current !== text) {
      console.error(`${shown}: differs from what its sources give; run \`make catalog\``);
      process.exit(1);
    }
    console.log(`${shown}: up to date`);
    return;
  }
  writeFileSync(path, text);
  console.log(`${shown}: written`);
}

/** Reads a JSON file, naming it in the error. */
export function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new Error(`${path}: ${e.message}`);
  }
}
