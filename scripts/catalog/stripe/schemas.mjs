// The JSON Schema components of the offered events, from the TypeScript definitions under `dir`.
// Used by the normalizer (on the vendored, trimmed definitions) and by the vendoring script (on
// the whole package, to find what to keep, then on the trimmed copy, to prove nothing it needs
// was cut).

import { eventInterfaces } from "./events.mjs";
import { Converter, program } from "./types.mjs";

/** `{components, events: [{type, component, summary, object}], reached}` for `types`. */
export function eventSchemas(ts, dir, types) {
  const { prog, checker } = program(ts, dir, "resources/Events.d.ts");
  const all = eventInterfaces(ts, prog, checker, dir);
  const converter = new Converter(ts, checker, dir);
  const events = [];
  for (const type of types) {
    const found = all.get(type);
    if (!found) {
      throw new Error(`Stripe's definitions have no event \`${type}\`; known: ${[...all.keys()].join(", ")}`);
    }
    const ref = converter.componentOf(found.symbol);
    const object = found.resource?.getProperty("object");
    const objectName = object && checker.getTypeOfSymbol(object).value;
    if (!objectName) throw new Error(`event \`${type}\` carries no resource with an \`object\` name`);
    events.push({ type, component: ref.$ref.split("/").pop(), summary: found.summary, object: objectName });
  }
  return { components: Object.fromEntries([...converter.components].sort(([a], [b]) => (a < b ? -1 : 1))), events, reached: converter.reached };
}
