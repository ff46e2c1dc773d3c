import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  version: string;
};

export default defineConfig({
  entry: { index: "src/index.ts", agent: "src/agent/index.ts", internal: "src/internal.ts" },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: "es2022",
  // The User-Agent carries the package version without shipping package.json to the browser.
  define: { __PACKAGE_VERSION__: JSON.stringify(version) },
});
