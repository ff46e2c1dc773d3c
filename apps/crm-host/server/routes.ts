/**
 * The CRM server's two routes, in the dev server and in `vite preview`: the page's configuration, and the CRM
 * wrapper module that softphone-web imports from this origin. A cross-origin module import needs CORS, so the
 * wrapper is served with `Access-Control-Allow-Origin` for the softphone's origin (and only it).
 */
import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join, resolve } from "node:path";
import type { Connect, Plugin } from "vite";
import { crmHostConfig, softphoneUrl } from "./crm-config.ts";
import { buildWrapperInMemory } from "./wrapper-build.ts";

export const wrapperPath = "/crm-wrapper.js";

function route(wrapperCode: () => Promise<string>): Connect.NextHandleFunction {
  return (request: IncomingMessage, response: ServerResponse, next: () => void) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    if (path === "/crm-config.json") {
      void crmHostConfig().then((config) => {
        response.setHeader("content-type", "application/json");
        response.setHeader("cache-control", "no-store");
        response.end(JSON.stringify(config));
      });
      return;
    }
    if (path !== wrapperPath) return next();
    wrapperCode().then(
      (code) => {
        response.setHeader("content-type", "text/javascript; charset=utf-8");
        response.setHeader("access-control-allow-origin", new URL(softphoneUrl()).origin);
        response.setHeader("vary", "Origin");
        response.setHeader("cache-control", "no-cache");
        response.end(code);
      },
      (error: unknown) => {
        response.statusCode = 500;
        response.setHeader("content-type", "text/plain");
        response.end(
          `The CRM wrapper could not be built: ${error instanceof Error ? error.message : String(error)}`,
        );
      },
    );
  };
}

/** Serves both routes: the dev server builds the wrapper on first request (again after an edit), preview reads the built file. */
export function crmHostRoutes(): Plugin {
  let cached: Promise<string> | undefined;
  return {
    name: "crm-host-routes",
    configureServer(server) {
      server.watcher.on("change", (file) => {
        if (file.includes(`${join("crm-host", "wrapper")}`)) cached = undefined;
      });
      server.middlewares.use(
        route(() => {
          cached ??= buildWrapperInMemory();
          return cached;
        }),
      );
    },
    configurePreviewServer(server) {
      const outDir = server.config.build.outDir;
      server.middlewares.use(
        route(() => readFile(resolve(server.config.root, outDir, "crm-wrapper.js"), "utf8")),
      );
    },
  };
}
