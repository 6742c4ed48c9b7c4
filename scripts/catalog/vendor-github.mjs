#!/usr/bin/env node
// Vendors GitHub's webhook description and examples into catalog/sources/github/, trimmed to
// the events catalog/sources/github/overlay.json offers (its `events` list).
//
//   node scripts/catalog/vendor-github.mjs            # npm pack the versions below, then trim
//   node scripts/catalog/vendor-github.mjs DIR        # DIR holds the two unpacked packages:
//                                                     # DIR/octokit-openapi-webhooks-V/package/...
//
// It keeps, from @octokit/openapi-webhooks's generated/api.github.com.json, the `openapi` and
// `info` fields, the `webhooks` entries whose `x-github.subcategory` is an offered event, and the
// `components` those entries reach through `$ref`s (nothing else is changed); and, from
// @octokit/webhooks-examples's api.github.com/index.json, the entries of the offered events.
// Then run `make catalog`. Bump the versions here and in SOURCE.md together.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const OPENAPI_WEBHOOKS = { name: "@octokit/openapi-webhooks", version: "12.1.0" };
const EXAMPLES = { name: "@octokit/webhooks-examples", version: "7.6.1" };

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const out = join(root, "catalog", "sources", "github");

function unpacked(dir, pkg) {
  const stem = `${pkg.name.replace("@", "").replace("/", "-")}-${pkg.version}`;
  return join(dir, stem, "package");
}

function fetchPackages() {
  const dir = mkdtempSync(join(tmpdir(), "hookbench-vendor-"));
  for (const pkg of [OPENAPI_WEBHOOKS, EXAMPLES]) {
    const tgz = execFileSync("npm", ["pack", "--silent", `${pkg.name}@${pkg.version}`], { cwd: dir })
      .toString()
      .trim()
      .split("\n")
      .pop();
    const target = join(dir, tgz.replace(/\.tgz$/, ""));
    execFileSync("mkdir", ["-p", target]);
    execFileSync("tar", ["xzf", join(dir, tgz), "-C", target]);
    console.log(`packed ${pkg.name}@${pkg.version}: ${join(dir, tgz)}`);
  }
  return dir;
}

/** Every `$ref` string under a value. */
function refs(value, found = []) {
  if (Array.isArray(value)) value.forEach((v) => refs(v, found));
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) {
      if (k === "$ref" && typeof v === "string") found.push(v);
      else refs(v, found);
    }
  return found;
}

/** JSON with one line per value below `depth` levels: small, and a changed schema, webhook or
 * example is one changed line in a diff. */
function layered(value, depth, indent = "") {
  if (depth === 0 || value === null || typeof value !== "object") return JSON.stringify(value);
  const inner = indent + "  ";
  const items = Array.isArray(value)
    ? value.map((v) => inner + layered(v, depth - 1, inner))
    : Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${layered(v, depth - 1, inner)}`);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  return items.length ? `${open}\n${items.join(",\n")}\n${indent}${close}` : open + close;
}

const unescape = (s) => s.replace(/~1/g, "/").replace(/~0/g, "~");

function trimDocument(doc, events) {
  const webhooks = {};
  for (const [key, item] of Object.entries(doc.webhooks)) {
    const subcategory = item.post?.["x-github"]?.subcategory;
    if (events.includes(subcategory)) webhooks[key] = item;
  }
  const missing = events.filter((e) => !Object.values(webhooks).some((w) => w.post["x-github"].subcategory === e));
  if (missing.length) throw new Error(`the description has no webhooks for: ${missing.join(", ")}`);
  // Components reached from the kept webhooks, transitively: components/<kind>/<name>.
  const components = {};
  const todo = refs(webhooks);
  while (todo.length) {
    const ref = todo.pop();
    const [, kind, name] = ref.replace(/^#\//, "").split("/").map(unescape);
    if (!ref.startsWith("#/components/")) throw new Error(`unexpected $ref ${ref}`);
    components[kind] ??= {};
    if (components[kind][name] !== undefined) continue;
    const target = doc.components?.[kind]?.[name];
    if (target === undefined) throw new Error(`unresolved $ref ${ref}`);
    components[kind][name] = target;
    todo.push(...refs(target));
  }
  const sorted = {};
  for (const kind of Object.keys(components).sort()) {
    sorted[kind] = {};
    for (const name of Object.keys(components[kind]).sort()) sorted[kind][name] = components[kind][name];
  }
  return { openapi: doc.openapi, info: doc.info, webhooks, components: sorted };
}

const overlay = JSON.parse(readFileSync(join(out, "overlay.json"), "utf8"));
const dir = process.argv[2] ?? fetchPackages();
const doc = JSON.parse(
  readFileSync(join(unpacked(dir, OPENAPI_WEBHOOKS), "generated", "api.github.com.json"), "utf8"),
);
const examples = JSON.parse(readFileSync(join(unpacked(dir, EXAMPLES), "api.github.com", "index.json"), "utf8"));

const trimmed = trimDocument(doc, overlay.events);
writeFileSync(join(out, "openapi.json"), layered(trimmed, 3) + "\n");
const kept = examples.filter((e) => overlay.events.includes(e.name));
writeFileSync(join(out, "examples.json"), layered(kept, 3) + "\n");
console.log(
  `catalog/sources/github: ${Object.keys(trimmed.webhooks).length} webhooks, ` +
    `${Object.keys(trimmed.components.schemas ?? {}).length} schemas, ` +
    `${kept.reduce((n, e) => n + e.examples.length, 0)} examples of ${kept.length} events`,
);
