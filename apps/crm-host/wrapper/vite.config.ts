/**
 * The build recipe of @ccaas/adapter-kit/crm's README: the wrapper as ONE ES module, everything bundled (Vite's
 * library mode externalises nothing unless told), no Node built-ins, loadable with `import(url)`.
 * `vite build --config wrapper/vite.config.ts` writes dist/crm-wrapper.js.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  // The wrapper has no HTML, public files or env of the page.
  publicDir: false,
  build: {
    lib: {
      entry: fileURLToPath(new URL("crm-wrapper.ts", import.meta.url)),
      formats: ["es"],
      fileName: () => "crm-wrapper.js",
    },
    outDir: fileURLToPath(new URL("../dist", import.meta.url)),
    emptyOutDir: false,
    target: "es2022",
  },
});
