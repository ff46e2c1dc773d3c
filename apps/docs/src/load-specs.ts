/**
 * Loads a spec with Redocly's bundler, which follows every external `$ref` (into `messages/*.yaml`,
 * across files, through `$defs`) and leaves one self-contained document with local refs only. That works
 * the same for OpenAPI 3.1 and AsyncAPI 3, so the renderers never touch the file system.
 */
import { access } from "node:fs/promises";
import { bundle, type Config, createConfig, type NormalizedProblem } from "@redocly/openapi-core";
import type { ApiPage } from "./site-pages.ts";
import type { AsyncApiDocument, OpenApiDocument } from "./spec-model.ts";

export type LoadedSpec =
  | { kind: "openapi"; page: ApiPage; document: OpenApiDocument }
  | { kind: "asyncapi"; page: ApiPage; document: AsyncApiDocument };

/** Says which spec is wrong and how, so the person editing it can fix it without reading this code. */
export class SpecLoadError extends Error {
  readonly file: string;

  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = "SpecLoadError";
    this.file = file;
  }
}

let configPromise: Promise<Config> | undefined;

/** Rendering needs no lint rules: an empty config keeps fixtures and real specs on the same footing. */
function bundlerConfig(): Promise<Config> {
  configPromise ??= createConfig({});
  return configPromise;
}

function describeProblem(problem: NormalizedProblem): string {
  const where = problem.location[0];
  const at = where ? ` at ${where.source.absoluteRef}#${where.pointer ?? ""}` : "";
  return `${problem.message}${at}`;
}

function versionOf(parsed: unknown, field: "openapi" | "asyncapi"): string | undefined {
  if (typeof parsed !== "object" || parsed === null) return undefined;
  const version: unknown = (parsed as Record<string, unknown>)[field];
  return typeof version === "string" ? version : undefined;
}

export async function loadSpec(file: string, page: ApiPage): Promise<LoadedSpec> {
  try {
    await access(file);
  } catch {
    throw new SpecLoadError(file, "not found (the docs site has a page for it, so the spec must exist)");
  }
  let parsed: unknown;
  try {
    const result = await bundle({ ref: file, config: await bundlerConfig() });
    const errors = result.problems.filter((problem) => problem.severity === "error");
    if (errors.length > 0) throw new SpecLoadError(file, errors.map(describeProblem).join("; "));
    parsed = result.bundle.parsed;
  } catch (error) {
    if (error instanceof SpecLoadError) throw error;
    throw new SpecLoadError(file, error instanceof Error ? error.message : String(error));
  }

  if (page.kind === "openapi") {
    const version = versionOf(parsed, "openapi");
    if (!version?.startsWith("3.")) throw new SpecLoadError(file, "expected an OpenAPI 3.x document");
    return { kind: "openapi", page, document: parsed as OpenApiDocument };
  }
  const version = versionOf(parsed, "asyncapi");
  if (!version?.startsWith("3.")) throw new SpecLoadError(file, "expected an AsyncAPI 3.x document");
  return { kind: "asyncapi", page, document: parsed as AsyncApiDocument };
}
