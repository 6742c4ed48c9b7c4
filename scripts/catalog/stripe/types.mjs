// Stripe's TypeScript definitions (the `stripe` npm package, generated from Stripe's OpenAPI
// description) → JSON Schema components, read with the TypeScript compiler's type checker.
//
// What the definitions say, and how it is written:
// - a field that is not optional is always sent (`required`); `| null` makes it nullable;
// - an expandable field (`string | Stripe.Customer`) is an id, or the object when a request
//   expanded it (events never do; the fixtures do): `type: [string, object]`, the object not
//   described, so expandable fields do not pull in every resource they can name;
// - a union of string literals (`'succeeded' | 'pending'`) is an `enum` (the importer makes it
//   open); a single literal (`object: 'charge'`) is a `const`, which stays closed;
// - `number` stays `number`: the definitions do not tell integers from decimals;
// - every named interface is a component named after its qualified name (`Charge.Outcome`);
//   `ApiList<T>` is written inline, `Partial<T>` as the component `Partial.T`;
// - `Metadata` is an object of strings, `Decimal` (a client-side type) the decimal string sent.
//
// `walk()` also records the top-level declarations it reads, which is what the vendoring script
// keeps of each file.

import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { join, relative } from "node:path";

const REF = "#/components/schemas/";

/** TypeScript from ui's npm packages (installed by scripts/setup.sh), pinned by its lock file. */
export function loadTypeScript(root) {
  const path = join(root, "ui", "node_modules", "typescript");
  if (!existsSync(path)) {
    throw new Error(
      `TypeScript is not installed at ${path}: run scripts/setup.sh (it installs ui's npm packages, TypeScript among them)`,
    );
  }
  return createRequire(import.meta.url)(path);
}

/** A checker over the declaration files under `dir` that `entry` (relative) reaches. */
export function program(ts, dir, entry) {
  const options = {
    noEmit: true,
    strict: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: [],
    skipLibCheck: true,
    lib: ["lib.es2022.d.ts"],
  };
  const prog = ts.createProgram([join(dir, entry)], options);
  return { prog, checker: prog.getTypeChecker() };
}

export class Converter {
  constructor(ts, checker, dir) {
    this.ts = ts;
    this.checker = checker;
    this.dir = dir;
    /** Component name → schema (null while being written, for recursion). */
    this.components = new Map();
    /** Component name → the symbol it was written from. */
    this.symbols = new Map();
    /** file (relative to dir) → Set of top-level statements read. */
    this.reached = new Map();
  }

  /** A `$ref` to the component of the named interface, written on first use. */
  componentOf(symbol) {
    const name = this.qualifiedName(symbol);
    const known = this.symbols.get(name);
    if (known && known !== symbol) {
      throw new Error(`two definitions are named \`${name}\`: ${this.checker.getFullyQualifiedName(known)} and ${this.checker.getFullyQualifiedName(symbol)}`);
    }
    this.symbols.set(name, symbol);
    if (!this.components.has(name)) {
      this.components.set(name, null);
      const type = this.checker.getDeclaredTypeOfSymbol(symbol);
      this.noteWithBases(type);
      this.components.set(name, this.objectSchema(type));
    }
    return { $ref: REF + name };
  }

  /** Notes the type aliases a type annotation names (`source: CustomerSource | null`): the
   * checker flattens them into unions, so nothing else would say they were read. */
  noteAliases(node) {
    if (!node) return;
    const ts = this.ts;
    if (ts.isTypeReferenceNode(node)) {
      let symbol = this.checker.getSymbolAtLocation(node.typeName);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
      if (symbol && symbol.flags & ts.SymbolFlags.TypeAlias) this.note(symbol);
    }
    ts.forEachChild(node, (child) => this.noteAliases(child));
  }

  /** Notes an interface's declaration and those it extends (`extends EventBase`). */
  noteWithBases(type) {
    this.note(type.symbol);
    for (const base of this.checker.getBaseTypes?.(type) ?? []) this.noteWithBases(base);
  }

  qualifiedName(symbol) {
    // `"…/resources/Charges".Charge.Outcome` → `Charge.Outcome`
    return this.checker.getFullyQualifiedName(symbol).replace(/^"[^"]*"\./, "");
  }

  note(symbol, onlyKind) {
    for (const decl of symbol?.declarations ?? []) {
      if (onlyKind !== undefined && decl.kind !== onlyKind) continue;
      let node = decl;
      while (node.parent && node.parent.kind !== this.ts.SyntaxKind.SourceFile) node = node.parent;
      const file = relative(this.dir, node.getSourceFile().fileName);
      if (file.startsWith("..")) continue; // TypeScript's own lib (Array, Record)
      if (!this.reached.has(file)) this.reached.set(file, new Set());
      this.reached.get(file).add(node);
    }
  }

  /** The schema of a property's or alias's type. */
  schema(type) {
    const ts = this.ts;
    const f = type.flags;
    if (type.aliasSymbol) this.note(type.aliasSymbol);
    const alias = (type.aliasSymbol ?? type.symbol)?.getName();
    // `OtherString` (`string & Record<never, never>`) is how the SDK says "and values to come".
    if (alias === "Decimal" || alias === "OtherString") {
      this.note(type.aliasSymbol ?? type.symbol);
      return { type: "string" };
    }
    if (f & ts.TypeFlags.Union) return this.union(type.types);
    if (f & ts.TypeFlags.String) return { type: "string" };
    if (f & ts.TypeFlags.Number) return { type: "number" };
    if (f & ts.TypeFlags.Boolean) return { type: "boolean" };
    if (f & ts.TypeFlags.Null) return { type: "null" };
    if (f & ts.TypeFlags.StringLiteral) return { type: "string", const: type.value };
    if (f & ts.TypeFlags.NumberLiteral) return { type: "number", const: type.value };
    if (f & ts.TypeFlags.BooleanLiteral) return { type: "boolean", const: type.intrinsicName === "true" };
    if (f & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return {};
    if (f & ts.TypeFlags.Object) return this.object(type);
    throw new Error(`unsupported type ${this.checker.typeToString(type)}`);
  }

  union(members) {
    const ts = this.ts;
    let nullable = false;
    const rest = [];
    for (const m of members) {
      if (m.aliasSymbol?.getName() === "OtherString") {
        this.note(m.aliasSymbol);
        continue;
      }
      if (m.flags & ts.TypeFlags.Null) nullable = true;
      else if (!(m.flags & ts.TypeFlags.Undefined)) rest.push(m);
    }
    // TypeScript writes `boolean` as `true | false`.
    const bools = rest.filter((m) => m.flags & ts.TypeFlags.BooleanLiteral);
    const others = rest.filter((m) => !(m.flags & ts.TypeFlags.BooleanLiteral));
    if (bools.length === 2) others.push({ flags: ts.TypeFlags.Boolean });
    else others.push(...bools);
    let schema;
    // Sorted: TypeScript orders a union's members by when it met them, which depends on the files.
    if (others.length && others.every((m) => m.flags & ts.TypeFlags.StringLiteral)) {
      schema = { type: "string", enum: others.map((m) => m.value).sort() };
    } else if (others.some((m) => m.flags & ts.TypeFlags.String) && others.some((m) => this.isResource(m))) {
      // Expandable: an id, or the object when the request asked to expand it; events never do.
      // The objects' interfaces are kept (only they, not what they reach) to read the union so.
      for (const m of others.filter((o) => this.isResource(o))) {
        this.note(m.symbol, this.ts.SyntaxKind.InterfaceDeclaration);
      }
      schema = { type: ["string", "object"] };
    } else if (others.length === 1) {
      schema = others[0].flags === ts.TypeFlags.Boolean ? { type: "boolean" } : this.schema(others[0]);
    } else {
      const branches = others.map((m) => (m.flags === ts.TypeFlags.Boolean ? { type: "boolean" } : this.schema(m)));
      schema = { anyOf: branches.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)) };
    }
    return nullable ? withNull(schema) : schema;
  }

  /** An API resource: an interface with an `id` and a fixed `object` name. */
  isResource(type) {
    if (!(type.flags & this.ts.TypeFlags.Object)) return false;
    const object = type.getProperty?.("object");
    const id = type.getProperty?.("id");
    return Boolean(object && id);
  }

  object(type) {
    const ts = this.ts;
    const checker = this.checker;
    const symbol = type.aliasSymbol ?? type.symbol;
    if (checker.isArrayType(type)) {
      return { type: "array", items: this.schema(checker.getTypeArguments(type)[0]) };
    }
    // `ApiList<T>` (a generic interface): written inline, its `data` items being T.
    if (type.target?.symbol?.getName() === "ApiList") {
      this.note(type.target.symbol);
      return this.objectSchema(type);
    }
    const args = type.aliasTypeArguments ?? [];
    if (type.aliasSymbol?.getName() === "Partial" && args.length === 1) {
      const inner = args[0].symbol;
      const partial = `Partial.${this.qualifiedName(inner)}`;
      if (!this.components.has(partial)) {
        this.components.set(partial, null);
        const full = this.objectSchema(args[0]);
        delete full.required;
        this.components.set(partial, full);
      }
      this.componentOf(inner);
      return { $ref: REF + partial };
    }
    if (symbol && symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class)) {
      this.note(symbol);
      return this.componentOf(symbol);
    }
    return this.objectSchema(type);
  }

  /** `{type: object, properties, required}` from a type's properties and index signature. */
  objectSchema(type) {
    const ts = this.ts;
    const checker = this.checker;
    const out = { type: "object", properties: {}, required: [] };
    for (const prop of checker.getPropertiesOfType(type)) {
      for (const decl of prop.declarations ?? []) this.noteAliases(decl.type);
      const propType = checker.getTypeOfSymbol(prop);
      // `deleted?: void` says a live object never has the field.
      const absent = ts.TypeFlags.Void | ts.TypeFlags.Undefined | ts.TypeFlags.Never;
      if ((propType.types ?? [propType]).every((t) => t.flags & absent)) continue;
      try {
        out.properties[prop.getName()] = this.schema(propType);
      } catch (e) {
        e.message = `${checker.typeToString(type)}.${prop.getName()}: ${e.message}`;
        throw e;
      }
      if (!(prop.flags & ts.SymbolFlags.Optional)) out.required.push(prop.getName());
    }
    const index = checker.getIndexInfoOfType(type, ts.IndexKind.String);
    if (index) out.additionalProperties = this.schema(index.type);
    if (!Object.keys(out.properties).length) delete out.properties;
    if (!out.required.length) delete out.required;
    return out;
  }
}

function withNull(schema) {
  if (schema.type && !schema.$ref && !schema.anyOf) {
    const out = { ...schema, type: [...[schema.type].flat(), "null"] };
    if (out.enum) out.enum = [...out.enum, null];
    if ("const" in out) {
      out.enum = [out.const, null];
      delete out.const;
    }
    return out;
  }
  if (schema.anyOf) return { anyOf: [...schema.anyOf, { type: "null" }] };
  return { anyOf: [schema, { type: "null" }] };
}
