/**
 * One page per published package, from its package.json, README.md and source. One TypeScript Program per
 * package; lib files are parsed once for all of them.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { PackageSummary } from "../read-packages.ts";
import { packagePageSlug } from "../site-pages.ts";
import { readEntryPoints } from "./entry-points.ts";
import { extractPackageApi, SourceFileCache } from "./extract-api.ts";
import { renderPackagePage } from "./render-package.ts";

/** A rendered package page and how many exports it documents (for the build line). */
export interface PackagePage {
  slug: string;
  html: string;
  exportCount: number;
}

async function readReadme(packageDir: string): Promise<string | undefined> {
  try {
    return await readFile(join(packageDir, "README.md"), "utf8");
  } catch {
    return undefined; // a package without a README still gets its API listed
  }
}

/** Renders every given package's page, in order. Throws, naming the export, when an entry point has no source. */
export async function renderPackagePages(
  packagesDir: string,
  packages: readonly PackageSummary[],
): Promise<PackagePage[]> {
  const cache = new SourceFileCache();
  const pages: PackagePage[] = [];
  for (const summary of packages) {
    const packageDir = join(packagesDir, summary.folder);
    const api = extractPackageApi(
      packageDir,
      readEntryPoints(summary.name, packageDir, summary.exports),
      cache,
    );
    const html = renderPackagePage({
      summary,
      readme: await readReadme(packageDir),
      api,
      allPackages: packages,
    });
    const exportCount = api.reduce((sum, entry) => sum + entry.exports.length, 0);
    pages.push({ slug: packagePageSlug(summary.name), html, exportCount });
  }
  return pages;
}
