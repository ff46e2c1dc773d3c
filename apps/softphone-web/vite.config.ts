/**
 * The sample talks to its own origin; this server forwards the platform's paths to the sandbox
 * (`SANDBOX_URL`) and `/voice-adapter` to the sample voice adapter, so the browser needs no CORS from either.
 * In production, point the app at your platform's URL instead (see src/config.ts).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { defineConfig, type Plugin, type ProxyOptions } from "vite";

const sandboxUrl = process.env.SANDBOX_URL ?? "http://127.0.0.1:4700";
const voiceAdapterUrl =
  process.env.VOICE_ADAPTER_URL ?? `http://127.0.0.1:${process.env.VOICE_ADAPTER_PORT ?? 4800}`;

const proxy: Record<string, ProxyOptions> = {
  "/api/": { target: sandboxUrl, changeOrigin: true },
  "/signaling": { target: sandboxUrl, changeOrigin: true, ws: true },
  "/voice-adapter/": {
    target: voiceAdapterUrl,
    changeOrigin: true,
    rewrite: (path) => path.replace(/^\/voice-adapter/, ""),
  },
};

const port = Number(process.env.PORT ?? 4300);

/**
 * `GET /crm-config.json`: the origins a CRM wrapper may be loaded from (`?crmWrapper=`), as deployment config of
 * this server rather than of the build. `CRM_ALLOWED_ORIGINS` (comma-separated exact origins; default the
 * crm-host sample's origin) is read when the dev or preview server starts.
 */
const crmConfig: Plugin = {
  name: "crm-config",
  configureServer(server) {
    server.middlewares.use("/crm-config.json", crmConfigHandler());
  },
  configurePreviewServer(server) {
    server.middlewares.use("/crm-config.json", crmConfigHandler());
  },
};

function crmConfigHandler() {
  const allowedOrigins = (process.env.CRM_ALLOWED_ORIGINS ?? "http://localhost:4400")
    .split(",")
    .map((origin) => origin.trim())
    .filter((origin) => origin !== "");
  const body = JSON.stringify({ allowedOrigins });
  return (_request: IncomingMessage, response: ServerResponse) => {
    response.setHeader("content-type", "application/json");
    response.setHeader("cache-control", "no-store");
    response.end(body);
  };
}

/** One plain line with the URL (Vite's own banner is coloured), for `pnpm dev` at the root to pick up. */
const announce: Plugin = {
  name: "announce",
  configureServer(server) {
    server.httpServer?.once("listening", () => {
      const address = server.httpServer?.address() as AddressInfo;
      console.log(
        `softphone-web ready, Local: http://${address.address}:${address.port}/ (sandbox ${sandboxUrl})`,
      );
    });
  },
};

export default defineConfig({
  plugins: [announce, crmConfig],
  server: { host: "127.0.0.1", port, strictPort: true, proxy },
  preview: { host: "127.0.0.1", port, strictPort: true, proxy },
  build: { target: "es2023" },
});
