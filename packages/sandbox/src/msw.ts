/**
 * `@ccaas/sandbox/msw`: the sandbox in-process, without a port, behind msw. Every package's unit tests reach
 * the same emulator (the same Hono app, validated against the same specs) through their ordinary `fetch`:
 *
 *   const sandbox = createSandbox();
 *   const server = setupServer(...sandboxHandlers(sandbox));
 *   server.listen({ onUnhandledFrame: "error" });
 */
import { type HttpHandler, http } from "msw";
import { createControl, type SandboxControl } from "./control/sandbox-control";
import { createSandboxCore, type SandboxCore } from "./create-sandbox";
import type { SandboxOptions } from "./options";
import type { SandboxUrls } from "./start-sandbox";

export type { SandboxControl } from "./control/sandbox-control";
export type { SandboxCore } from "./create-sandbox";
export type { SandboxOptions } from "./options";
export type { SandboxUrls } from "./start-sandbox";

/** The default origin an in-process sandbox answers on; nothing listens there, msw routes it. */
export const defaultInProcessBaseUrl = "http://sandbox.ccaas.test";

export interface InProcessSandboxOptions extends SandboxOptions {
  /** The URL the sandbox pretends to be served at (its URLs, tokens' issuer and /control/info use it). */
  baseUrl?: string;
}

/** A sandbox without a port: the same APIs and control as `startSandbox()`, minus signaling and media. */
export interface InProcessSandbox {
  urls: SandboxUrls;
  control: SandboxControl;
  core: SandboxCore;
  /** Serves one request in-process, exactly as the HTTP server would. */
  fetch(request: Request): Promise<Response>;
  /** Cancels what the sandbox scheduled (webhook retries, ...). */
  stop(): Promise<void>;
}

/** Creates an in-process sandbox: no socket, no signaling, no media (`mediaStats` answers 409). */
export function createSandbox(options: InProcessSandboxOptions = {}): InProcessSandbox {
  const { baseUrl = defaultInProcessBaseUrl, ...rest } = options;
  const base = baseUrl.replace(/\/+$/, "");
  const core = createSandboxCore(rest, base);
  const url = new URL(base);
  return {
    urls: {
      base,
      partnerApi: base,
      voiceApi: `${base}/Voice`,
      signaling: `${url.protocol === "https:" ? "wss" : "ws"}://${url.host}${url.pathname.replace(/\/$/, "")}/signaling`,
      jwks: `${base}/.well-known/jwks.json`,
      control: `${base}/control`,
    },
    control: createControl(core),
    core,
    fetch: (request) => core.fetch(request),
    async stop() {
      for (const dispose of core.cleanup.splice(0).reverse()) await dispose();
    },
  };
}

/**
 * msw handlers that send every request for `baseUrl` (default: the sandbox's own base URL) to the sandbox's
 * Hono app in-process. A path under `baseUrl` is served as the same path under the sandbox's root, so a client
 * configured with `https://api.ccaas.dev` reaches the partner API and `https://api.ccaas.dev/Voice` the Voice
 * API. Pass a sandbox from `createSandbox()` or a started one from `startSandbox()`.
 */
export function sandboxHandlers(
  sandbox: { core: SandboxCore },
  options: { baseUrl?: string } = {},
): HttpHandler[] {
  const root = new URL((options.baseUrl ?? sandbox.core.baseUrl).replace(/\/+$/, ""));
  const prefix = root.pathname === "/" ? "" : root.pathname;
  const owns = (url: URL) =>
    url.origin === root.origin &&
    (prefix === "" || url.pathname === prefix || url.pathname.startsWith(`${prefix}/`));
  return [
    http.all(
      ({ request }) => owns(new URL(request.url)),
      async ({ request }) => {
        const url = new URL(request.url);
        const target = new URL(
          `${url.pathname.slice(prefix.length) || "/"}${url.search}`,
          sandbox.core.baseUrl,
        );
        const hasBody = request.method !== "GET" && request.method !== "HEAD";
        const forwarded = new Request(target, {
          method: request.method,
          headers: request.headers,
          ...(hasBody ? { body: await request.arrayBuffer() } : {}),
        });
        return sandbox.core.fetch(forwarded);
      },
    ),
  ];
}
