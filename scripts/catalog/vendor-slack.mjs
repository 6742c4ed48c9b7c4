#!/usr/bin/env node
// Vendors Slack's Events API descriptions into catalog/sources/slack/:
//
//   node scripts/catalog/vendor-slack.mjs SPECS_DIR          # npm pack @slack/types, then copy
//   node scripts/catalog/vendor-slack.mjs SPECS_DIR TYPES_DIR # TYPES_DIR holds the unpacked package
//
// - types/: the TypeScript declarations (`dist/**/*.d.ts`) of npm @slack/types, Slack's official
//   type definitions of the Events API's inner events (and the Block Kit types they use), verbatim;
// - event-wrapper.schema.json: `events-api/slack_common_event_wrapper_schema.json` of
//   slackapi/slack-api-specs (SPECS_DIR is a checkout of it), Slack's JSON Schema of the
//   `event_callback` wrapper, verbatim;
// - topics.json: the offered events' entries (summary, scopes) of that repository's
//   `events-api/slack_events_api_async_v1.json`.
// examples.json (Slack's example payloads from its event reference pages) is kept by hand: see
// SOURCE.md. Then run `make catalog`. Bump the version here and in SOURCE.md together.

import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { layered, writeOrCheck } from "./output.mjs";

const TYPES = { name: "@slack/types", version: "3.2.0" };

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const out = join(root, "catalog", "sources", "slack");
const [specs, typesDir] = process.argv.slice(2);
if (!specs) {
  console.error("usage: vendor-slack.mjs path/to/slack-api-specs [path/to/unpacked/@slack/types]");
  process.exit(2);
}

function fetchTypes() {
  const dir = mkdtempSync(join(tmpdir(), "hookbench-vendor-"));
  const tgz = execFileSync("npm", ["pack", "--silent", `${TYPES.name}@${TYPES.version}`], { cwd: dir })
    .toString()
    .trim()
    .split("\n")
    .pop();
  execFileSync("tar", ["xzf", join(dir, tgz), "-C", dir]);
  console.log(`packed ${TYPES.name}@${TYPES.version}: ${join(dir, tgz)}`);
  return dir;
}

function declarations(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return declarations(path);
    return name.endsWith(".d.ts") ? [path] : [];
  });
}

const dist = join(typesDir ?? fetchTypes(), "package", "dist");
rmSync(join(out, "types"), { recursive: true, force: true });
const files = declarations(dist);
for (const file of files) {
  const target = join(out, "types", relative(dist, file));
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(file, target);
}
copyFileSync(join(specs, "events-api", "slack_common_event_wrapper_schema.json"), join(out, "event-wrapper.schema.json"));
const overlay = JSON.parse(readFileSync(join(out, "overlay.json"), "utf8"));
const asyncapi = JSON.parse(readFileSync(join(specs, "events-api", "slack_events_api_async_v1.json"), "utf8"));
const topics = {};
for (const event of overlay.events) {
  const topic = asyncapi.topics[event.replaceAll("_", ".")];
  if (topic) topics[event] = { summary: topic.subscribe.summary, scopes: topic.subscribe["x-scopes-required"] };
}
writeOrCheck(join(out, "topics.json"), layered(topics, 1) + "\n", "catalog/sources/slack/topics.json");
console.log(`catalog/sources/slack/types: ${files.length} declaration files`);
