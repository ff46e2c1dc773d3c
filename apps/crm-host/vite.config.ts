/**
 * The CRM page on http://localhost:4400 (env `PORT`), a different origin from softphone-web
 * (http://127.0.0.1:4300, env `SOFTPHONE_URL`), which it embeds. The server also serves `/crm-config.json` and the
 * CRM wrapper `/crm-wrapper.js` (server/routes.ts).
 */
import type { AddressInfo } from "node:net";
import { defineConfig, type Plugin } from "vite";
import { defaultSandboxUrl, softphoneUrl } from "./server/crm-config.ts";
import { crmHostRoutes } from "./server/routes.ts";

const port = Number(process.env.PORT ?? 4400);

/** One plain line with the URL (Vite's own banner is coloured), for `pnpm dev` at the root to pick up. */
const announce: Plugin = {
  name: "announce",
  configureServer(server) {
    server.httpServer?.once("listening", () => {
      const address = server.httpServer?.address() as AddressInfo;
      console.log(
        `crm-host ready, Local: http://localhost:${address.port}/ (softphone ${softphoneUrl()}, sandbox ${process.env.SANDBOX_URL ?? defaultSandboxUrl})`,
      );
    });
  },
};

export default defineConfig({
  plugins: [announce, crmHostRoutes()],
  // localhost, not 127.0.0.1: the page must be another origin than softphone-web's.
  server: { host: "localhost", port, strictPort: true },
  preview: { host: "localhost", port, strictPort: true },
  build: { target: "es2023" },
});
