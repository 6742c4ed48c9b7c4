#!/usr/bin/env node
// Standard Webhooks: writes catalog/sources/standard-webhooks/openapi.json from the
// specification's payload section (spec-payload.md, vendored verbatim) and Hookbench's own
// event types (events.json), for the catalog importer. `--check` writes nothing and fails when
// openapi.json is out of date. See catalog/sources/standard-webhooks/SOURCE.md.
//
// - The payload structure is the specification's ("Payload structure": `type`, a full-stop
//   delimited event type; `timestamp`, ISO 8601; `data`, the event's data), its three names
//   required: the profile sends that structure.
// - Each event type of the specification's example payloads (`contact.created`,
//   `example.event`) is a webhook whose `data` schema is what those examples show: every
//   property typed by its values, required when every example of the type has it (the "thin"
//   `contact.created` has only `id`). The examples are the operation's `examples`.
// - Each event of events.json is a webhook whose `data` is its schema and whose sample is its
//   template (`x-hookbench-template`), wrapped in the payload structure.

import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { layered, readJson, writeOrCheck } from "./output.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dir = join(root, "catalog", "sources", "standard-webhooks");
const spec = readFileSync(join(dir, "spec-payload.md"), "utf8");
const own = readJson(join(dir, "events.json"));

// The structure the profile relies on must still be what the specification says.
for (const bullet of ["- `type`: a full-stop delimited type", "- `timestamp`: the timestamp of when the event occurred", "- `data`: the actual event data"]) {
  if (!spec.includes(bullet)) throw new Error(`spec-payload.md no longer says \`${bullet}\`: review the payload schema`);
}

/** The JSON code blocks of the specification, in order, with their line numbers. */
function examples(text) {
  const out = [];
  const re = /```json\n([\s\S]*?)```/g;
  for (let m; (m = re.exec(text)); ) {
    out.push({ line: text.slice(0, m.index).split("\n").length, value: JSON.parse(m[1]) });
  }
  return out;
}

const typeOf = (v) =>
  v === null ? "null" : Array.isArray(v) ? "array" : Number.isInteger(v) ? "integer" : typeof v === "number" ? "number" : typeof v;

/** The schema the given values show: an object's properties typed by their values, required
 * when every value has them. */
function inferred(values) {
  const types = [...new Set(values.map(typeOf))];
  if (types.length !== 1 || types[0] !== "object") return { type: types.length === 1 ? types[0] : types };
  const keys = [...new Set(values.flatMap((v) => Object.keys(v)))];
  const properties = Object.fromEntries(
    keys.map((k) => [k, inferred(values.filter((v) => k in v).map((v) => v[k]))]),
  );
  const required = keys.filter((k) => values.every((v) => k in v));
  return { type: "object", required, properties };
}

const schemas = {
  payload: {
    type: "object",
    description: "The specification's payload structure (\"Payload structure\").",
    required: ["type", "timestamp", "data"],
    properties: {
      type: { type: "string", description: "A full-stop delimited type associated with the event." },
      timestamp: { type: "string", format: "date-time", description: "When the event occurred, ISO 8601." },
      data: { type: "object", description: "The event's data." },
    },
  },
  ...own.schemas,
};
const webhooks = {};
const payloadOf = (type, data) => ({
  allOf: [{ $ref: "#/components/schemas/payload" }, { type: "object", properties: { type: { const: type }, data } }],
});

const byType = new Map();
for (const e of examples(spec)) {
  if (!byType.has(e.value.type)) byType.set(e.value.type, []);
  byType.get(e.value.type).push(e);
}
for (const [type, list] of byType) {
  const examplesObject = Object.fromEntries(
    list.map((e) => [`spec-line-${e.line}`, { summary: `spec/standard-webhooks.md, the example at line ${e.line} of the vendored section`, value: e.value }]),
  );
  webhooks[type] = {
    post: {
      summary: `The \`${type}\` event of the specification's example payloads.`,
      requestBody: {
        content: {
          "application/json": {
            schema: payloadOf(type, inferred(list.map((e) => e.value.data))),
            examples: examplesObject,
          },
        },
      },
    },
  };
}
for (const e of own.events) {
  webhooks[e.type] = {
    post: {
      summary: e.summary,
      "x-hookbench-template": { type: "{{event}}", timestamp: "{{now_iso us}}", data: e.template },
      requestBody: { content: { "application/json": { schema: payloadOf(e.type, e.data) } } },
    },
  };
}

const doc = {
  openapi: "3.1.0",
  info: {
    title: "Standard Webhooks (payload structure and example events)",
    version: "1.0.0",
    description: "Written by scripts/catalog/normalize-standard-webhooks.mjs; see SOURCE.md.",
  },
  webhooks,
  components: { schemas },
};
writeOrCheck(join(dir, "openapi.json"), layered(doc, 4) + "\n", "catalog/sources/standard-webhooks/openapi.json");
