/**
 * Precompiles validators for the messages that are checked in browsers (the CRM contract's callbacks, the
 * Interaction Processor protocol) into plain JavaScript with Ajv's standalone code: no Ajv compiler in the
 * bundle, and no `new Function` at run time, which a CRM's Content-Security-Policy would block.
 *
 *   pnpm generate                                     write src/generated/<spec>-validators.js
 *   pnpm --filter @ccaas/validation check:generated   fail if they differ from what specs/ produce
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { _ } from "ajv";
import standaloneCodeModule from "ajv/dist/standalone/index.js";
import { parse } from "yaml";
import { createAjv } from "../src/create-ajv.ts";
import { precompiledMessageSchemas } from "../src/precompiled-schemas.ts";

const packageDir = resolve(fileURLToPath(import.meta.url), "../..");
const messagesDir = resolve(packageDir, "../../specs/messages");
const outDir = join(packageDir, "src/generated");
const base = "https://schemas.ccaas.dev/messages/";

// ajv ships CJS; under ESM interop its function may sit on `.default`.
const standaloneCode = ((standaloneCodeModule as unknown as { default?: typeof standaloneCodeModule })
  .default ?? standaloneCodeModule) as typeof standaloneCodeModule;

/** Annotations that never change a validation result; dropped so the generated code does not carry them. */
const annotations = new Set(["title", "description", "examples", "$comment", "x-ccaas-extension"]);

function withoutAnnotations(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutAnnotations);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !annotations.has(key))
      // `properties` names fields, which may be called `description` or `title`: keep its keys.
      .map(([key, child]) => [
        key,
        key === "properties" || key === "$defs"
          ? mapValues(child, withoutAnnotations)
          : withoutAnnotations(child),
      ]),
  );
}

function mapValues(value: unknown, map: (child: unknown) => unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, map(child)]));
}

async function loadAjv() {
  // `formats` is bound in each file's header.
  const ajv = createAjv({ code: { source: true, esm: true, formats: _`formats` } });
  for (const file of (await readdir(messagesDir)).filter((name) => name.endsWith(".yaml")).sort()) {
    ajv.addSchema(withoutAnnotations(parse(await readFile(join(messagesDir, file), "utf8"))) as object);
  }
  return ajv;
}

function moduleFor(ajv: Awaited<ReturnType<typeof loadAjv>>, spec: string, definitions: readonly string[]) {
  const refs = Object.fromEntries(
    definitions.map((name, index) => [`validator${index}`, `${base}${spec}.yaml#/$defs/${name}`]),
  );
  // Ajv's one CommonJS runtime helper (string length in code points) is replaced by the same one-liner.
  let code = standaloneCode(ajv, refs)
    .replace(/^"use strict";/, "")
    .replaceAll('require("ajv/dist/runtime/ucs2length").default', "ucs2length");
  if (/\brequire\(/.test(code)) {
    throw new Error(`The ${spec} validators need another CommonJS runtime helper: handle it here.`);
  }
  // The code sets properties on its functions at the top level, which bundlers must keep; inside one factory
  // it is dropped whole from bundles that do not use it.
  const entries: string[] = [];
  code = code.replace(/export const validator(\d+) = (\w+);/g, (_match, index: string, fn: string) => {
    entries.push(`    ${definitions[Number(index)]}: ${fn},`);
    return "";
  });
  return [
    `// GENERATED from specs/messages/${spec}.yaml by Ajv standalone code. Do not edit: change the spec, then run \`pnpm generate\`.`,
    "// @ts-nocheck",
    'import { fullFormats as formats } from "ajv-formats/dist/formats.js";',
    "const ucs2length = (text) => [...text].length;",
    "export function createValidators() {",
    code,
    "  return {",
    ...entries,
    "  };",
    "}",
    "",
  ].join("\n");
}

/** The declaration next to each module, so TypeScript knows the table without reading generated JS. */
function declarationFor(spec: string, definitions: readonly string[]) {
  return [
    `// GENERATED from specs/messages/${spec}.yaml. Do not edit: change the spec, then run \`pnpm generate\`.`,
    'import type { ErrorObject } from "ajv";',
    "export interface StandaloneValidator {",
    "  (value: unknown): boolean;",
    "  errors?: ErrorObject[] | null;",
    "}",
    `export declare function createValidators(): Record<${definitions.map((name) => JSON.stringify(name)).join(" | ")}, StandaloneValidator>;`,
    "",
  ].join("\n");
}

const ajv = await loadAjv();
const check = process.argv.includes("--check");
let stale = 0;
for (const [spec, definitions] of Object.entries(precompiledMessageSchemas)) {
  const outputs = {
    [`${spec}-validators.js`]: moduleFor(ajv, spec, definitions),
    [`${spec}-validators.d.ts`]: declarationFor(spec, definitions),
  };
  for (const [file, code] of Object.entries(outputs)) {
    if (!check) {
      await writeFile(join(outDir, file), code);
      console.log(`wrote src/generated/${file}`);
    } else if ((await readFile(join(outDir, file), "utf8").catch(() => "")) !== code) {
      console.error(`src/generated/${file} is stale: run \`pnpm generate\` and commit the result.`);
      stale += 1;
    }
  }
}
if (check && stale === 0) console.log("src/generated matches specs/messages.");
process.exitCode = stale > 0 ? 1 : 0;
