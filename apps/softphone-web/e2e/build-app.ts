/**
 * Vitest global setup: builds the app once into a temporary folder (not dist/, which `turbo run build` may be
 * writing at the same time); every browser test serves that build with `vite preview`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** The built app the browser tests serve. */
    appDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const appDir = mkdtempSync(join(tmpdir(), "softphone-web-app-"));
  await build({
    root: join(import.meta.dirname, ".."),
    build: { outDir: appDir, emptyOutDir: true },
    logLevel: "warn",
  });
  project.provide("appDir", appDir);
  return () => rmSync(appDir, { recursive: true, force: true });
}
