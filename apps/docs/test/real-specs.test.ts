/**
 * The site built from the real specs/ documents everything they declare: each operationId has an anchor
 * on its API's page, each message one on events.html. A spec that does not exist yet fails loudly.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_PAGES } from "../src/site-pages.ts";
import { type BuiltSite, buildInto, elementIds, REAL_SPECS } from "./site-helpers.ts";
import { declaredMessageNames, declaredOperationIds } from "./spec-inventory.ts";

let site: BuiltSite | undefined;
let buildError: unknown;

beforeAll(async () => {
  try {
    site = await buildInto(REAL_SPECS);
  } catch (error) {
    buildError = error;
  }
});

afterAll(async () => {
  await site?.remove();
});

function requireSpec(file: string): string {
  const path = join(REAL_SPECS, file);
  if (!existsSync(path)) {
    throw new Error(
      `specs/${file} does not exist: the docs page for it cannot be built or checked until it is written`,
    );
  }
  return path;
}

function requireSite(): BuiltSite {
  if (!site) throw buildError instanceof Error ? buildError : new Error(String(buildError));
  return site;
}

describe("the site built from specs/", () => {
  for (const page of API_PAGES.filter((candidate) => candidate.kind === "openapi")) {
    it(`anchors every operationId of ${page.file} on ${page.slug}.html`, async () => {
      const expected = declaredOperationIds(requireSpec(page.file));
      expect(expected.length, `${page.file} declares no operations`).toBeGreaterThan(0);
      const ids = elementIds(await requireSite().page(`${page.slug}.html`));
      expect(expected.filter((operationId) => !ids.has(operationId))).toEqual([]);
    });
  }

  it("anchors every message of asyncapi.yaml on events.html", async () => {
    const expected = declaredMessageNames(requireSpec("asyncapi.yaml"));
    expect(expected.length, "asyncapi.yaml declares no messages").toBeGreaterThan(0);
    const ids = elementIds(await requireSite().page("events.html"));
    expect(expected.filter((name) => !ids.has(name))).toEqual([]);
  });
});
