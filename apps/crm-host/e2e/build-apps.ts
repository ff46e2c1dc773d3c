/**
 * Vitest global setup: builds softphone-web, this CRM page and its wrapper once, into temporary folders (not
 * dist/, which `turbo run build` may be writing at the same time). The wrapper is built with the README's recipe
 * (wrapper/vite.config.ts), only its output folder changed.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** softphone-web, built. */
    softphoneDir: string;
    /** This CRM page and crm-wrapper.js, built. */
    crmDir: string;
  }
}

const appDir = join(import.meta.dirname, "..");

export default async function setup(project: TestProject): Promise<() => void> {
  const softphoneDir = mkdtempSync(join(tmpdir(), "crm-host-softphone-"));
  const crmDir = mkdtempSync(join(tmpdir(), "crm-host-page-"));
  await build({
    root: join(appDir, "..", "softphone-web"),
    build: { outDir: softphoneDir, emptyOutDir: true },
    logLevel: "warn",
  });
  await build({ root: appDir, build: { outDir: crmDir, emptyOutDir: true }, logLevel: "warn" });
  await build({
    configFile: join(appDir, "wrapper", "vite.config.ts"),
    build: { outDir: crmDir, emptyOutDir: false },
    logLevel: "warn",
  });
  project.provide("softphoneDir", softphoneDir);
  project.provide("crmDir", crmDir);
  return () => {
    rmSync(softphoneDir, { recursive: true, force: true });
    rmSync(crmDir, { recursive: true, force: true });
  };
}
