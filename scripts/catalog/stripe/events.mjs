// The event types of Stripe's TypeScript definitions (`resources/Events.d.ts`): each
// `interface ChargeSucceededEvent extends EventBase {type: 'charge.succeeded'; data: ...}` with
// its documentation ("Occurs whenever a charge is successful.") and the resource it carries.

import { join } from "node:path";

/** `{type → {symbol, summary, resource}}` for every event interface of the definitions. */
export function eventInterfaces(ts, prog, checker, dir) {
  const file = join(dir, "resources", "Events.d.ts");
  const source = prog.getSourceFile(file);
  if (!source) throw new Error(`${file} is missing: run scripts/catalog/vendor-stripe.mjs`);
  const out = new Map();
  for (const symbol of checker.getExportsOfModule(checker.getSymbolAtLocation(source))) {
    if (!(symbol.flags & ts.SymbolFlags.Interface)) continue;
    const type = checker.getDeclaredTypeOfSymbol(symbol);
    const typeProp = type.getProperty("type");
    const data = type.getProperty("data");
    if (!typeProp || !data) continue;
    const literal = checker.getTypeOfSymbol(typeProp);
    if (!(literal.flags & ts.TypeFlags.StringLiteral)) continue;
    const object = checker.getTypeOfSymbol(data).getProperty("object");
    const resource = object && checker.getTypeOfSymbol(object);
    out.set(literal.value, {
      symbol,
      summary: ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim(),
      resource,
    });
  }
  return out;
}
