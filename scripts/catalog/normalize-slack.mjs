#!/usr/bin/env node
// Slack: writes catalog/sources/slack/openapi.json from Slack's official type definitions of the
// Events API's inner events (types/, npm @slack/types) and Slack's JSON Schema of the
// `event_callback` wrapper (event-wrapper.schema.json, slackapi/slack-api-specs), for the catalog
// importer. `--check` writes nothing and fails when openapi.json is out of date.
// See catalog/sources/slack/SOURCE.md.
//
// - The TypeScript declarations are converted to JSON Schema with ts-json-schema-generator (pinned
//   in scripts/catalog/package.json, installed by scripts/setup.sh).
// - Every offered event but `url_verification` is an `event_callback`: the wrapper's schema with
//   `type` fixed and `event` the inner event's type. Each `message.*` event (Slack's subscription
//   names, one per kind of conversation) has one webhook per message type of @slack/types's
//   `AllMessageEvents`, told apart by `event.subtype` (the plain message has none), with
//   `event.channel_type` fixed to its kind of conversation.
// - `url_verification` has no inner event and no type definition: its schema is what Slack's
//   reference page says it is (`token`, `challenge`, `type`), all three sent.
// - Each webhook carries its recognition rules as `x-hookbench-match`.

import { createRequire } from "node:module";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { layered, readJson, writeOrCheck } from "./output.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const dir = join(root, "catalog", "sources", "slack");
const require = createRequire(join(here, "package.json"));
let createGenerator;
try {
  ({ createGenerator } = require("ts-json-schema-generator"));
} catch {
  console.error("normalize-slack: ts-json-schema-generator is not installed; run scripts/setup.sh (it installs scripts/catalog/package.json)");
  process.exit(1);
}

/** The inner event type of each offered non-message event (@slack/types's interface names). */
const EVENTS = {
  app_mention: "AppMentionEvent",
  reaction_added: "ReactionAddedEvent",
  reaction_removed: "ReactionRemovedEvent",
  member_joined_channel: "MemberJoinedChannelEvent",
  app_home_opened: "AppHomeOpenedEvent",
  team_join: "TeamJoinEvent",
  channel_created: "ChannelCreatedEvent",
  app_uninstalled: "AppUninstalledEvent",
  tokens_revoked: "TokensRevokedEvent",
};
/** Slack's `message.*` subscriptions and the `channel_type` each one delivers. */
const MESSAGES = {
  "message.channels": "channel",
  "message.groups": "group",
  "message.im": "im",
  "message.mpim": "mpim",
  "message.app_home": "app_home",
};

const generator = createGenerator({
  path: join(dir, "types", "events", "index.d.ts"),
  type: "*",
  expose: "export",
  topRef: true,
  jsDoc: "none",
  skipTypeCheck: true,
  additionalProperties: true,
  sortProps: true,
});
const definitions = {};
const schemaOf = (name) => {
  const s = generator.createSchema(name);
  Object.assign(definitions, s.definitions);
};
for (const type of [...Object.values(EVENTS), "AllMessageEvents"]) schemaOf(type);
const messageTypes = definitions.AllMessageEvents.anyOf.map((r) => r.$ref.replace("#/definitions/", ""));

const toComponents = (value) =>
  JSON.parse(JSON.stringify(value).replaceAll('"#/definitions/', '"#/components/schemas/'));
const schemas = toComponents(definitions);

const wrapper = readJson(join(dir, "event-wrapper.schema.json"));
delete wrapper.$schema;
schemas.EventWrapper = wrapper;
const topics = readJson(join(dir, "topics.json"));

const callback = (event) => ({
  allOf: [
    { $ref: "#/components/schemas/EventWrapper" },
    { type: "object", properties: { type: { const: "event_callback" }, event } },
  ],
});
const webhook = (event, summary, schema, match, extra = {}) => ({
  post: {
    summary,
    "x-hookbench-event": event,
    "x-hookbench-match": match,
    ...extra,
    requestBody: { content: { "application/json": { schema } } },
  },
});

const webhooks = {
  url_verification: webhook(
    "url_verification",
    topics.url_verification.summary,
    {
      type: "object",
      required: ["token", "challenge", "type"],
      properties: { token: { type: "string" }, challenge: { type: "string" }, type: { const: "url_verification" } },
    },
    { "/type": "url_verification" },
  ),
};
for (const [event, channelType] of Object.entries(MESSAGES)) {
  for (const type of messageTypes) {
    const subtype = schemas[type].properties?.subtype?.const;
    webhooks[`${event}/${subtype ?? "plain"}`] = webhook(
      event,
      topics[event]?.summary ?? `A message was posted (${channelType})`,
      callback({
        allOf: [{ $ref: `#/components/schemas/${type}` }, { properties: { channel_type: { const: channelType } } }],
      }),
      { "/type": "event_callback", "/event/type": "message", "/event/channel_type": channelType },
      { description: `@slack/types \`${type}\`${subtype ? ` (subtype \`${subtype}\`)` : ""}.` },
    );
  }
}
for (const [event, type] of Object.entries(EVENTS)) {
  webhooks[event] = webhook(
    event,
    topics[event]?.summary ?? `The \`${event}\` event`,
    callback({ $ref: `#/components/schemas/${type}` }),
    { "/type": "event_callback", "/event/type": event },
  );
}

const sorted = Object.fromEntries(Object.keys(schemas).sort().map((k) => [k, schemas[k]]));
const doc = {
  openapi: "3.1.0",
  info: {
    title: "Slack Events API (event_callback wrapper and inner events)",
    version: "@slack/types 3.2.0",
    description: "Written by scripts/catalog/normalize-slack.mjs; see SOURCE.md.",
  },
  webhooks,
  components: { schemas: sorted },
};
writeOrCheck(join(dir, "openapi.json"), layered(doc, 3) + "\n", "catalog/sources/slack/openapi.json");
