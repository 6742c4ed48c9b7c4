// Sample templates (the `x-hookbench-template` of each webhook) from Stripe's object fixtures.
//
// A fixture is one realistic object per resource, but written for a mock server: filler such as
// `"currency": "currency"`, a `canceled_at` on a payment that was never canceled, timestamps of
// 2009. catalog/sources/stripe/samples.json says, per resource and per event, which values to
// set (templates: `{{$customer}}`, `{{ago_unix 3d}}`, a status), and the sample is built as:
//
// 1. the fixture of the event's resource, with the `set` and `unset` of the resource, of the
//    shared `patches` the event `use`s, then of the event;
// 2. made complete: every field the definitions say is always sent is added (null where
//    nullable, else an empty or minimal value) and reported, so samples.json can give it a value;
// 3. each Stripe id left from the fixture (`cus_QXg1o8vcGmoR32`) becomes the binding its prefix
//    names (`{{$customer}}`), wherever it recurs (`client_secret`, list URLs), so an invoice, its
//    subscription and its payment name the same customer, and every seed renders other ids;
// 4. wrapped in the event envelope as Stripe sends it; the sample's `$let` holds the bindings used.
//
// A number that still looks like a timestamp or a mock amount (≥ 10^8) is an error naming its
// place: every such value must be chosen in samples.json.

const REF = "#/components/schemas/";
const BIG = 100_000_000;

/** The sample template of one event. */
export function sampleTemplate({ event, fixture, rules, components, apiVersion, notes, errors }) {
  const resource = structuredClone(fixture);
  const own = rules.events[event.type] ?? {};
  const base = rules.resources[event.object] ?? {};
  const place = `samples.json: ${event.type}`;
  const shared = (own.use ?? []).map((name) => {
    if (!rules.patches?.[name]) throw new Error(`${place}: no patch \`${name}\` in \`patches\``);
    return rules.patches[name];
  });
  for (const r of [base, ...shared, own]) {
    edit(resource, r.set ?? {}, r.unset ?? [], place);
  }
  const generated = [];
  complete(resource, { $ref: REF + objectComponent(components, event) }, components, "", generated);
  for (const [at, value] of generated) {
    const note = `${event.object}: neither the fixture nor samples.json gives ${at}; the samples have ${JSON.stringify(value)}`;
    if (!notes.includes(note)) notes.push(note);
  }
  const data = { object: resource };
  if (own.previous_attributes) data.previous_attributes = own.previous_attributes;
  const body = {
    id: "{{delivery_id}}",
    object: "event",
    api_version: apiVersion,
    created: "{{now_unix}}",
    data,
    livemode: false,
    pending_webhooks: 1,
    request: own.request === "automatic" ? { id: null, idempotency_key: null } : rules.request,
    type: event.type,
  };
  const ids = new IdBinder(rules.ids, errors, place);
  const template = ids.bind(body, "");
  const big = [];
  findBig(template, "", big);
  if (big.length) errors.push(`${place}: set these values (still the fixture's): ${big.join(", ")}`);
  return { $let: bindings({ ...rules.values, ...ids.lets() }, JSON.stringify(template)), ...template };
}

/** The component of the resource an event carries (`Charge`), from its `data.object`. */
function objectComponent(components, event) {
  const data = components[event.component].properties.data.$ref.slice(REF.length);
  return components[data].properties.object.$ref.slice(REF.length);
}

function edit(value, set, unset, place) {
  for (const [pointer, v] of Object.entries(set)) {
    const [parent, key] = parentOf(value, pointer, place);
    parent[key] = structuredClone(v);
  }
  for (const pointer of unset) {
    const [parent, key] = parentOf(value, pointer, place);
    if (!(key in parent)) throw new Error(`${place}: nothing to unset at ${pointer}`);
    delete parent[key];
  }
}

function parentOf(value, pointer, place) {
  const keys = pointer.split("/").slice(1).map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"));
  let node = value;
  for (const k of keys.slice(0, -1)) {
    node = node?.[k];
    if (node === null || typeof node !== "object") throw new Error(`${place}: ${pointer}: no object at ${k}`);
  }
  return [node, keys[keys.length - 1]];
}

/** Adds what the schema requires and the value lacks; `generated` gets each place. */
function complete(value, schema, components, at, generated) {
  schema = deref(schema, components);
  if (value === null || typeof value !== "object") return;
  if (schema.anyOf) {
    const branch = schema.anyOf.map((b) => deref(b, components)).find((b) => fits(value, b));
    if (branch) complete(value, branch, components, at, generated);
    return;
  }
  if (Array.isArray(value)) {
    if (schema.items) value.forEach((v, i) => complete(v, schema.items, components, `${at}/${i}`, generated));
    return;
  }
  for (const name of schema.required ?? []) {
    if (!(name in value)) {
      value[name] = minimal(schema.properties?.[name] ?? {}, components);
      generated.push([`${at}/${name}`, value[name]]);
    }
  }
  for (const [name, sub] of Object.entries(schema.properties ?? {})) {
    if (name in value) complete(value[name], sub, components, `${at}/${name}`, generated);
  }
}

function fits(value, schema) {
  const types = [schema.type ?? []].flat();
  if (Array.isArray(value)) return types.includes("array");
  return types.includes("object") || Boolean(schema.properties);
}

function deref(schema, components) {
  for (let i = 0; i < 16 && schema.$ref; i++) schema = components[schema.$ref.slice(REF.length)];
  return schema;
}

/** The least value a schema allows: null when nullable, else an empty or first value. */
function minimal(schema, components) {
  schema = deref(schema, components);
  if (schema.anyOf) {
    if (schema.anyOf.some((b) => b.type === "null")) return null;
    return minimal(schema.anyOf[0], components);
  }
  const types = [schema.type ?? []].flat();
  if (types.includes("null")) return null;
  if ("const" in schema) return schema.const;
  if (schema.enum) return schema.enum[0];
  if (types.includes("object") || schema.properties) {
    const out = {};
    for (const name of schema.required ?? []) out[name] = minimal(schema.properties?.[name] ?? {}, components);
    return out;
  }
  if (types.includes("array")) return [];
  if (types.includes("string")) return "";
  if (types.includes("number")) return 0;
  if (types.includes("boolean")) return false;
  return null;
}

/** Turns the fixtures' ids into bindings named after their prefix (`cus_` → `customer`). */
class IdBinder {
  constructor(table, errors, place) {
    this.errors = errors;
    this.place = place;
    this.byPrefix = Object.entries(table).map(([name, { prefix, generator }]) => [prefix, name, generator]);
    this.byPrefix.sort((a, b) => b[0].length - a[0].length);
    this.found = new Map();
  }

  bind(value, at) {
    if (typeof value === "string") return this.text(value, at);
    if (Array.isArray(value)) return value.map((v, i) => this.bind(v, `${at}/${i}`));
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.bind(v, `${at}/${k}`)]));
    }
    return value;
  }

  text(s, at) {
    if (s.includes("{{")) return s; // a template samples.json set
    return s.replace(/\b[a-z]+(?:_[a-z]+)*_[A-Za-z0-9]{10,}\b/g, (id) => {
      if (!/[A-Z0-9]/.test(id)) return id; // a word (`charge_automatically`), not an id
      const hit = this.byPrefix.find(([prefix]) => id.startsWith(prefix) && /[A-Z0-9]/.test(id.slice(prefix.length)));
      if (!hit) {
        this.errors.push(`${this.place}: ${at}: no binding for the fixture id \`${id}\`; add its prefix to \`ids\``);
        return id;
      }
      const [, name] = hit;
      const earlier = this.found.get(name);
      if (earlier && earlier !== id) {
        this.errors.push(`${this.place}: ${at}: \`${id}\` and \`${earlier}\` would both be \`$${name}\`; set one`);
      }
      this.found.set(name, id);
      return `{{$${name}}}`;
    });
  }

  /** Every id's generator; the sample keeps those it uses. */
  lets() {
    return Object.fromEntries(this.byPrefix.map(([, name, generator]) => [name, generator]));
  }
}

function findBig(value, at, out) {
  if (typeof value === "number" && Math.abs(value) >= BIG) out.push(at);
  else if (Array.isArray(value)) value.forEach((v, i) => findBig(v, `${at}/${i}`, out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) findBig(v, `${at}/${k}`, out);
}

/** The bindings a template uses, and those they use, in the order they are declared. */
function bindings(all, text) {
  const mentions = (t, name) => new RegExp(`\\{\\{[^}]*\\$${name}\\b`).test(t);
  const used = new Set();
  let grew = true;
  while (grew) {
    grew = false;
    for (const [name, generator] of Object.entries(all)) {
      if (used.has(name)) continue;
      const users = [text, ...[...used].map((u) => all[u])];
      if (users.some((t) => mentions(t, name))) {
        used.add(name);
        grew = true;
      }
    }
  }
  return Object.fromEntries(Object.entries(all).filter(([name]) => used.has(name)));
}
