#!/usr/bin/env node
// Stripe publishes no OpenAPI `webhooks` section, so this writes one (run by `make catalog`):
// catalog/sources/stripe/openapi.json, an OpenAPI 3.1 document with one webhook per event type
// that catalog/sources/stripe/overlay.json offers, from the files vendored beside it
// (scripts/catalog/vendor-stripe.mjs):
//
// - the request body is Stripe's event envelope (`id`, `object: "event"`, `api_version`,
//   `created`, `data.object`, `data.previous_attributes`, `livemode`, `pending_webhooks`,
//   `request`, `type`), its schema read from the TypeScript definitions of the `stripe` package
//   (scripts/catalog/stripe/types.mjs says how), `data.object` a `$ref` to the resource;
// - the event's `type` is an `enum` of its one value, which the importer makes open: a body of
//   another type is a note for this event, not a violation;
// - `x-hookbench-template`: the sample, built from Stripe's object fixtures and samples.json
//   (scripts/catalog/stripe/samples.mjs);
// - the summary is the definitions' documentation of the event ("Occurs whenever ...").
//
//   node scripts/catalog/normalize-stripe.mjs [--check]
//
// `--check` writes nothing and fails when openapi.json is not what the sources give.

import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { layered } from "./stripe/json.mjs";
import { sampleTemplate } from "./stripe/samples.mjs";
import { eventSchemas } from "./stripe/schemas.mjs";
import { loadTypeScript } from "./stripe/types.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dir = join(root, "catalog", "sources", "stripe");
const read = (name) => readFileSync(join(dir, name), "utf8");

const ts = loadTypeScript(root);
const overlay = JSON.parse(read("overlay.json"));
const fixtures = JSON.parse(read("fixtures.json")).resources;
const rules = JSON.parse(read("samples.json"));
const apiVersion = read("types/apiVersion.d.ts").match(/ApiVersion = "([^"]+)"/)?.[1];
if (!apiVersion) throw new Error("types/apiVersion.d.ts names no ApiVersion: vendor again");

const { components, events } = eventSchemas(ts, join(dir, "types"), overlay.events);
const notes = [];
const errors = [];
const webhooks = {};
for (const event of events) {
  const envelope = components[event.component];
  envelope.properties.type = { type: "string", enum: [event.type] };
  webhooks[event.type] = {
    post: {
      operationId: event.type,
      summary: event.summary,
      requestBody: {
        required: true,
        content: { "application/json": { schema: { $ref: `#/components/schemas/${event.component}` } } },
      },
      responses: { 200: { description: "Any 2xx status acknowledges the event; Stripe retries others." } },
      "x-hookbench-template": sampleTemplate({
        event,
        fixture: fixtures[event.object],
        rules,
        components,
        apiVersion,
        notes,
        errors,
      }),
    },
  };
}

if (errors.length) {
  for (const error of errors) console.error(`error: ${error}`);
  process.exit(1);
}

const document = {
  openapi: "3.1.0",
  info: {
    title: "Stripe webhook events",
    version: apiVersion,
    description:
      "Written by scripts/catalog/normalize-stripe.mjs from the `stripe` npm package's TypeScript definitions " +
      "and stripe/openapi's object fixtures (see SOURCE.md); do not edit.",
  },
  webhooks,
  components: { schemas: components },
};
const text = layered(document, 3) + "\n";
for (const note of notes) console.log(`note: ${note}`);
const target = join(dir, "openapi.json");
let current = "";
try {
  current = readFileSync(target, "utf8");
} catch {
  // not written yet
}
if (current === text) {
  console.log("catalog/sources/stripe/openapi.json: up to date");
} else if (process.argv.includes("--check")) {
  console.error("catalog/sources/stripe/openapi.json: differs from its sources; run `make catalog`");
  process.exit(1);
} else {
  writeFileSync(target, text);
  console.log(`catalog/sources/stripe/openapi.json: written (${events.length} webhooks)`);
}
