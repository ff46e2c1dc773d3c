/**
 * The SDK's published packages, read from their package.json files, so the home page lists what exists
 * rather than what someone remembered to write down.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

export interface PackageSummary {
  name: string;
  description: string;
  /** The folder under packages/, e.g. `partner-api`. */
  folder: string;
  version: string;
  /** The manifest's `exports` field as written, for the package's API page. */
  exports: unknown;
}

interface PackageManifest {
  name?: unknown;
  description?: unknown;
  private?: unknown;
  version?: unknown;
  exports?: unknown;
}

async function readManifest(file: string): Promise<PackageManifest | undefined> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, "utf8"));
    return typeof parsed === "object" && parsed !== null ? parsed : undefined;
  } catch {
    return undefined; // a folder being scaffolded right now: not a package yet
  }
}

/** Public packages only (apps and tooling are private), sorted by name. Missing folder: none. */
export async function readPackages(packagesDir: string): Promise<PackageSummary[]> {
  let folders: string[];
  try {
    const entries = await readdir(packagesDir, { withFileTypes: true });
    folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  } catch {
    return [];
  }
  const summaries: PackageSummary[] = [];
  for (const folder of folders) {
    const manifest = await readManifest(join(packagesDir, folder, "package.json"));
    if (!manifest || manifest.private === true || typeof manifest.name !== "string") continue;
    const description = typeof manifest.description === "string" ? manifest.description : "";
    const version = typeof manifest.version === "string" ? manifest.version : "";
    summaries.push({ name: manifest.name, description, folder, version, exports: manifest.exports });
  }
  return summaries.sort((a, b) => a.name.localeCompare(b.name));
}
