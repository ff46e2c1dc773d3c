/**
 * Command-line options shared by the build and the dev server. Defaults are relative to apps/docs, so
 * the scripts work from any working directory; paths given on the command line are relative to it.
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { BuildOptions } from "./build-site.ts";

export interface DocsOptions extends BuildOptions {
  port: number;
}

const APP_ROOT = fileURLToPath(new URL("..", import.meta.url));
export const DEFAULT_PORT = 4600;

function parsePort(text: string, source: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${source} must be a port number from 0 to 65535, got "${text}"`);
  }
  return port;
}

export function parseDocsOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): DocsOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      specs: { type: "string" },
      out: { type: "string" },
      packages: { type: "string" },
      port: { type: "string" },
    },
    strict: true,
  });
  const cwd = process.cwd();
  let port = DEFAULT_PORT;
  if (values.port !== undefined) port = parsePort(values.port, "--port");
  else if (env.DOCS_PORT) port = parsePort(env.DOCS_PORT, "DOCS_PORT");
  return {
    specsDir: values.specs ? resolve(cwd, values.specs) : resolve(APP_ROOT, "../../specs"),
    outDir: values.out ? resolve(cwd, values.out) : resolve(APP_ROOT, "site"),
    packagesDir: values.packages ? resolve(cwd, values.packages) : resolve(APP_ROOT, "../../packages"),
    port,
  };
}
