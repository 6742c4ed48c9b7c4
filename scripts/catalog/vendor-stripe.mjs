#!/usr/bin/env node
// Vendors what the Stripe profile is generated from into catalog/sources/stripe/, trimmed to the
// events catalog/sources/stripe/overlay.json offers (its `events` list):
//
//   node scripts/catalog/vendor-stripe.mjs [--package DIR] [--fixtures FILE]
//
// - types/: the TypeScript definitions of the `stripe` npm package (its `esm/` folder): the files
//   that declare the offered events and everything their objects reach, each cut to the
//   top-level declarations reached (imports, `index.d.ts`, `Decimal.d.ts` and `apiVersion.d.ts`
//   kept whole). DIR is the
//   unpacked package (the folder holding its package.json); without it, `npm pack` fetches the
//   version below. The trimmed copy is checked to give exactly the schemas the whole package gives.
// - fixtures.json: the resources of stripe/openapi's `openapi/fixtures3.json` (Stripe's official
//   object fixtures) that the offered events carry. FILE is a local copy; without it, the file is
//   downloaded at the commit below.
//
// Then run `make catalog`. Bump the versions here and in catalog/sources/stripe/SOURCE.md together.

import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { layered } from "./stripe/json.mjs";
import { eventSchemas } from "./stripe/schemas.mjs";
import { loadTypeScript } from "./stripe/types.mjs";

const STRIPE = { name: "stripe", version: "23.2.0" };
const OPENAPI = { repo: "stripe/openapi", commit: "f6c2a48fbac2819d1feba8143d942ffc65e1c0d2" };

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const out = join(root, "catalog", "sources", "stripe");

function option(name) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function packPackage() {
  const dir = mkdtempSync(join(tmpdir(), "hookbench-vendor-"));
  const spec = `${STRIPE.name}@${STRIPE.version}`;
  const tgz = execFileSync("npm", ["pack", "--silent", spec], { cwd: dir }).toString().trim().split("\n").pop();
  execFileSync("tar", ["xzf", join(dir, tgz), "-C", dir]);
  console.log(`packed ${spec}: ${join(dir, tgz)}`);
  return join(dir, "package");
}

async function fixturesText() {
  const file = option("--fixtures");
  if (file) return readFileSync(file, "utf8");
  const url = `https://raw.githubusercontent.com/${OPENAPI.repo}/${OPENAPI.commit}/openapi/fixtures3.json`;
  const answer = await fetch(url);
  if (!answer.ok) throw new Error(`${url}: HTTP ${answer.status}; give a local copy with --fixtures FILE`);
  return answer.text();
}

/** Each reached file cut to its imports, exports and reached declarations. */
function trimmedFiles(ts, dir, reached) {
  const files = new Map();
  const indexes = new Set();
  for (const [file, statements] of reached) {
    const source = ts.createSourceFile(file, readFileSync(join(dir, file), "utf8"), ts.ScriptTarget.Latest, true);
    const kept = [];
    const namespaces = [];
    for (const statement of source.statements) {
      const glue = ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement);
      const wanted = [...statements].some((s) => s.pos === statement.pos && s.end === statement.end);
      if (glue || wanted) kept.push(source.text.slice(statement.pos, statement.end).replace(/^\n+/, ""));
      // Namespaces of an index file (`import { Checkout } from './Checkout/index.js'`).
      if (ts.isImportDeclaration(statement) && /\/index\.js$/.test(statement.moduleSpecifier.text)) {
        const bindings = statement.importClause?.namedBindings;
        const names = bindings?.elements?.map((e) => e.name.text) ?? (bindings?.name ? [bindings.name.text] : []);
        namespaces.push([names, join(dirname(file), statement.moduleSpecifier.text.replace(/\.js$/, ".d.ts"))]);
      }
    }
    const text = kept.join("\n") + "\n";
    for (const [names, index] of namespaces) {
      if (names.some((n) => text.includes(`${n}.`))) indexes.add(index);
    }
    files.set(file, text);
  }
  // Kept whole: index files (namespaces), Decimal.d.ts, whose `Decimal` is a branded
  // intersection of declarations of its own file, and apiVersion.d.ts, the API version the
  // definitions describe (the samples' `api_version`).
  for (const whole of [...indexes, ...(reached.has("Decimal.d.ts") ? ["Decimal.d.ts"] : []), "apiVersion.d.ts"]) {
    files.set(whole, readFileSync(join(dir, whole), "utf8"));
  }
  return files;
}

const ts = loadTypeScript(root);
const overlay = JSON.parse(readFileSync(join(out, "overlay.json"), "utf8"));
const packageDir = option("--package") ?? packPackage();
const version = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")).version;
if (version !== STRIPE.version) throw new Error(`${packageDir} is stripe ${version}, not ${STRIPE.version}`);
const esm = join(packageDir, "esm");

const whole = eventSchemas(ts, esm, overlay.events);
const files = trimmedFiles(ts, esm, whole.reached);
const typesDir = join(out, "types");
rmSync(typesDir, { recursive: true, force: true });
for (const [file, text] of [...files].sort()) {
  mkdirSync(dirname(join(typesDir, file)), { recursive: true });
  writeFileSync(join(typesDir, file), text);
}
const trimmed = eventSchemas(ts, typesDir, overlay.events);
if (JSON.stringify(trimmed.components) !== JSON.stringify(whole.components)) {
  throw new Error("the trimmed definitions give other schemas than the whole package: the trim cut something used");
}

const fixtures = JSON.parse(await fixturesText()).resources;
const wanted = [...new Set(whole.events.map((e) => e.object))].sort();
const missing = wanted.filter((name) => !fixtures[name]);
if (missing.length) throw new Error(`fixtures3.json has no fixture of: ${missing.join(", ")}`);
const kept = Object.fromEntries(wanted.map((name) => [name, fixtures[name]]));
writeFileSync(join(out, "fixtures.json"), layered({ resources: kept }, 2) + "\n");

const size = [...files.values()].reduce((n, t) => n + t.length, 0);
console.log(
  `catalog/sources/stripe: ${files.size} definition files (${Math.round(size / 1024)} KiB), ` +
    `${Object.keys(whole.components).length} schemas, fixtures of ${wanted.join(", ")}`,
);
