/** Builds a site into a fresh temp folder and reads its pages back, for tests that inspect the HTML. */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BuildReport, buildSite } from "../src/build-site.ts";

export const FIXTURE_SPECS = fileURLToPath(new URL("./fixtures/specs/", import.meta.url));
export const REAL_SPECS = fileURLToPath(new URL("../../../specs/", import.meta.url));
const PACKAGES = fileURLToPath(new URL("../../../packages/", import.meta.url));

export interface BuiltSite {
  report: BuildReport;
  page(name: string): Promise<string>;
  remove(): Promise<void>;
}

export async function buildInto(specsDir: string): Promise<BuiltSite> {
  const outDir = await mkdtemp(join(tmpdir(), "ccaas-docs-"));
  const report = await buildSite({ specsDir, outDir, packagesDir: PACKAGES });
  return {
    report,
    page: (name) => readFile(join(outDir, name), "utf8"),
    remove: () => rm(outDir, { recursive: true, force: true }),
  };
}

/** Every `id="..."` in a page, the way a browser would find `#fragment` targets. */
export function elementIds(page: string): Set<string> {
  return new Set([...page.matchAll(/\sid="([^"]*)"/g)].map((match) => decodeAttribute(match[1] ?? "")));
}

function decodeAttribute(value: string): string {
  return value
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
}
