#!/usr/bin/env node
// Vendors the parts of the Standard Webhooks specification the profile is made from into
// catalog/sources/standard-webhooks/spec-payload.md: the "Payload" section (payload structure,
// the example payloads) and the "Event types" section, copied verbatim.
//
//   node scripts/catalog/vendor-standard-webhooks.mjs SPEC_FILE
//
// SPEC_FILE is spec/standard-webhooks.md of a checkout of standard-webhooks/standard-webhooks at
// the commit SOURCE.md names. Then run `make catalog`.

import { readFileSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const out = join(root, "catalog", "sources", "standard-webhooks", "spec-payload.md");

const file = process.argv[2];
if (!file) {
  console.error("usage: vendor-standard-webhooks.mjs path/to/spec/standard-webhooks.md");
  process.exit(2);
}
const lines = readFileSync(file, "utf8").split("\n");

/** The lines from the heading `start` up to (not including) the next heading of its level or higher. */
function section(start) {
  const from = lines.findIndex((l) => l === start);
  if (from < 0) throw new Error(`the specification has no heading \`${start}\``);
  const level = start.match(/^#+/)[0].length;
  let to = from + 1;
  while (to < lines.length && !(lines[to].match(/^#+ /) && lines[to].match(/^#+/)[0].length <= level)) to++;
  return lines.slice(from, to).join("\n").trimEnd();
}

const text = [section("### Payload"), section("#### Event types")].join("\n\n") + "\n";
writeFileSync(out, text);
console.log(`catalog/sources/standard-webhooks/spec-payload.md: ${text.split("\n").length} lines`);
