/**
 * Turns specs/ into src/generated/: TypeScript types for every OpenAPI document and message schema, and the
 * bundled documents themselves (so runtime validators compile the very schemas the types came from).
 *
 *   pnpm generate                      write src/generated/
 *   pnpm --filter @ccaas/types check:generated   fail if src/generated/ differs from what specs/ produce
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bundle, createConfig } from "@redocly/openapi-core";
import { compile, type JSONSchema } from "json-schema-to-typescript";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";

const packageDir = resolve(fileURLToPath(import.meta.url), "../..");
const repoDir = resolve(packageDir, "../..");
const specsDir = join(repoDir, "specs");
const messagesDir = join(specsDir, "messages");
const outDir = join(packageDir, "src/generated");
const command = "pnpm generate";

const openApiDocuments = [
  { spec: "partner-api.yaml", out: "partner-api.ts", exportName: "partnerApiDocument" },
  { spec: "voice-adapter.yaml", out: "voice-adapter.ts", exportName: "voiceAdapterDocument" },
  { spec: "voice-api.yaml", out: "voice-api.ts", exportName: "voiceApiDocument" },
  { spec: "sandbox.yaml", out: "sandbox.ts", exportName: "sandboxDocument" },
] as const;

function banner(source: string, what: string): string {
  return [
    "/**",
    ` * GENERATED from ${source}: ${what}.`,
    ` * Do not edit by hand: change the spec, then run \`${command}\`.`,
    " */",
    "",
  ].join("\n");
}

async function openApiTypes(spec: string): Promise<string> {
  const ast = await openapiTS(new URL(`file://${join(specsDir, spec)}`), { alphabetize: false });
  return banner(`specs/${spec}`, "openapi-typescript types") + astToString(ast);
}

async function bundledDocument(spec: string): Promise<unknown> {
  const config = await createConfig({});
  const result = await bundle({ ref: join(specsDir, spec), config, dereference: false });
  const errors = result.problems.filter((problem) => problem.severity === "error");
  if (errors.length > 0) {
    throw new Error(`specs/${spec} does not bundle: ${errors.map((e) => e.message).join("; ")}`);
  }
  return result.bundle.parsed;
}

async function messageSchemaFiles(): Promise<string[]> {
  const files = await readdir(messagesDir);
  return files.filter((file) => file.endsWith(".yaml")).sort();
}

async function messageTypes(files: string[]): Promise<string> {
  // One synthetic root that references every file and every `$defs` entry (the tool only emits what is
  // reachable, and knows `definitions` but not 2020-12's `$defs`), so each type is declared exactly once.
  const references: Array<[string, { $ref: string }]> = [];
  for (const file of files) {
    const schema = parse(await readFile(join(messagesDir, file), "utf8")) as {
      $defs?: Record<string, unknown>;
    };
    references.push([file, { $ref: `./${file}` }]);
    for (const name of Object.keys(schema.$defs ?? {})) {
      references.push([`${file}#${name}`, { $ref: `./${file}#/$defs/${name}` }]);
    }
  }
  const root = {
    title: "CcaasMessages",
    type: "object",
    additionalProperties: false,
    properties: Object.fromEntries(references),
  } as JSONSchema;
  const body = await compile(root, "CcaasMessages", {
    cwd: messagesDir,
    bannerComment: "",
    additionalProperties: false,
    unreachableDefinitions: true,
    format: true,
  });
  // The synthetic root only exists to pull every file in; it is not a real message.
  const withoutRoot = body.replace(/export interface CcaasMessages \{[\s\S]*?\n\}\n/, "");
  return banner("specs/messages/*.yaml", "json-schema-to-typescript types") + withoutRoot;
}

async function specDocuments(files: string[]): Promise<string> {
  const lines = [banner("specs/", "the bundled documents, for runtime validators and docs")];
  lines.push("/** A JSON document: an OpenAPI document or a JSON Schema. */");
  lines.push("export type JsonDocument = { readonly [key: string]: unknown };", "");
  for (const { spec, exportName } of openApiDocuments) {
    const document = await bundledDocument(spec);
    lines.push(`/** specs/${spec}, bundled into one self-contained OpenAPI 3.1 document. */`);
    lines.push(`export const ${exportName}: JsonDocument = ${JSON.stringify(document, null, 2)};`, "");
  }
  const schemas = await Promise.all(
    files.map(async (file) => parse(await readFile(join(messagesDir, file), "utf8")) as unknown),
  );
  lines.push(
    "/** specs/messages/*.yaml as JSON Schema 2020-12 documents; relative `$ref`s resolve by `$id`. */",
  );
  lines.push(
    `export const messageSchemas: readonly JsonDocument[] = ${JSON.stringify(schemas, null, 2)};`,
    "",
  );
  return lines.join("\n");
}

async function renderAll(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const { spec, out } of openApiDocuments) {
    files.set(out, await openApiTypes(spec));
  }
  const messageFiles = await messageSchemaFiles();
  files.set("messages.ts", await messageTypes(messageFiles));
  files.set("spec-documents.ts", await specDocuments(messageFiles));
  return files;
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const rendered = await renderAll();
  const stale: string[] = [];
  await mkdir(outDir, { recursive: true });
  for (const [name, content] of rendered) {
    const path = join(outDir, name);
    if ((await readIfExists(path)) === content) continue;
    stale.push(relative(repoDir, path));
    if (!check) await writeFile(path, content);
  }
  const known = new Set(rendered.keys());
  const orphans = (await readdir(outDir)).filter((name) => !known.has(name));
  if (check) {
    const problems = [
      ...stale,
      ...orphans.map((name) => `${relative(repoDir, join(outDir, name))} (no longer generated)`),
    ];
    if (problems.length > 0) {
      console.error(`Generated files are out of date with specs/:\n  ${problems.join("\n  ")}`);
      console.error(`Run \`${command}\` and commit the result.`);
      process.exit(1);
    }
    console.log(`generated files match specs/ (${rendered.size} files)`);
    return;
  }
  if (orphans.length > 0) console.warn(`Not generated any more, delete them: ${orphans.join(", ")}`);
  console.log(`generated ${rendered.size} files (${stale.length} changed) in ${relative(repoDir, outDir)}`);
}

await main();
