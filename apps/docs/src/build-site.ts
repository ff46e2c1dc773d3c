/**
 * Builds the whole site: load every spec (all of them, so one run reports every broken file), render a
 * page per spec, one per published package (its README and the API read from its source) and the home
 * page, write them with the stylesheet.
 */
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderAsyncApiPage } from "./asyncapi/render-asyncapi.ts";
import { STYLESHEET } from "./layout.ts";
import { type LoadedSpec, loadSpec } from "./load-specs.ts";
import { renderOpenApiPage } from "./openapi/render-openapi.ts";
import { renderPackagePages } from "./packages/package-pages.ts";
import { readPackages } from "./read-packages.ts";
import { renderIndexPage } from "./render-index.ts";
import { API_PAGES, pageHref, type RenderedPage } from "./site-pages.ts";

export interface BuildOptions {
  specsDir: string;
  outDir: string;
  packagesDir: string;
}

export interface BuildReport {
  pages: number;
  operations: number;
  messages: number;
  /** Package API pages among `pages`. */
  packages: number;
  /** Exports documented on the package pages. */
  exports: number;
  outDir: string;
}

const STYLESHEET_SOURCE = fileURLToPath(new URL("./site.css", import.meta.url));

async function loadAll(specsDir: string): Promise<LoadedSpec[]> {
  const results = await Promise.allSettled(
    API_PAGES.map((page) => loadSpec(join(specsDir, page.file), page)),
  );
  const failures = results.flatMap((result) => (result.status === "rejected" ? [result.reason] : []));
  if (failures.length > 0) {
    const lines = failures.map(
      (failure) => `  - ${failure instanceof Error ? failure.message : String(failure)}`,
    );
    throw new Error(`cannot build the docs, ${failures.length} spec(s) failed to load:\n${lines.join("\n")}`);
  }
  return results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
}

function renderSpec(spec: LoadedSpec): RenderedPage {
  return spec.kind === "openapi"
    ? renderOpenApiPage(spec.document, spec.page)
    : renderAsyncApiPage(spec.document, spec.page);
}

export async function buildSite(options: BuildOptions): Promise<BuildReport> {
  const specs = await loadAll(options.specsDir);
  const pages = specs.map(renderSpec);
  const packages = await readPackages(options.packagesDir);
  const packagePages = await renderPackagePages(options.packagesDir, packages);
  const index = renderIndexPage(
    pages.map((page) => page.summary),
    packages,
  );

  await mkdir(options.outDir, { recursive: true });
  await Promise.all([
    writeFile(join(options.outDir, pageHref("index")), index),
    ...[...pages, ...packagePages].map((page) =>
      writeFile(join(options.outDir, pageHref(page.slug)), page.html),
    ),
    copyFile(STYLESHEET_SOURCE, join(options.outDir, STYLESHEET)),
  ]);

  return {
    pages: pages.length + packagePages.length + 1,
    operations: pages.reduce((sum, page) => sum + page.summary.operationCount, 0),
    messages: pages.reduce((sum, page) => sum + page.summary.messageCount, 0),
    packages: packagePages.length,
    exports: packagePages.reduce((sum, page) => sum + page.exportCount, 0),
    outDir: options.outDir,
  };
}

export function formatReport(report: BuildReport): string {
  return `docs built: ${report.pages} pages, ${report.operations} operations, ${report.messages} messages, ${report.packages} packages (${report.exports} exports) -> ${report.outDir}`;
}
