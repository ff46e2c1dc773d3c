import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createControl, type SandboxControl } from "./control/sandbox-control";
import { createSandboxCore, type SandboxCore } from "./create-sandbox";
import { createMediaEndpoint } from "./media/media-endpoint";
import type { SandboxOptions } from "./options";
import { attachSignaling } from "./signaling/attach-signaling";

export interface SandboxUrls {
  /** `http://127.0.0.1:<port>`: the partner API and the agent-facing `/api/v2` endpoints live here. */
  base: string;
  partnerApi: string;
  /** The Voice API base URL (`<base>/Voice`). */
  voiceApi: string;
  /** Softphone signaling WebSocket. */
  signaling: string;
  jwks: string;
  control: string;
}

export interface Sandbox {
  urls: SandboxUrls;
  /** Demo credentials, agents, numbers: the same JSON as `GET /control/info`. */
  control: SandboxControl;
  /** The internals, for tests that need to look deeper than the control API. */
  core: SandboxCore;
  stop(): Promise<void>;
}

/**
 * Starts the sandbox on 127.0.0.1: one HTTP port for every API, the signaling WebSocket on the same port,
 * and the WebRTC media endpoint. `port: 0` picks a free port (tests); the default is 4700.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const host = options.host ?? "127.0.0.1";
  let core: SandboxCore | undefined;
  const server = serve({
    fetch: (request) => core!.fetch(request),
    port: options.port ?? 4700,
    hostname: host,
  });
  await new Promise<void>((resolve, reject) => {
    if (server.listening) return resolve();
    server.once("listening", () => resolve());
    server.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  const base = `http://${host}:${port}`;
  core = createSandboxCore(options, base);
  const signaling = attachSignaling(core, server);
  core.media = createMediaEndpoint(core);
  const urls: SandboxUrls = {
    base,
    partnerApi: base,
    voiceApi: `${base}/Voice`,
    signaling: `ws://${host}:${port}/signaling`,
    jwks: `${base}/.well-known/jwks.json`,
    control: `${base}/control`,
  };
  const started = core;
  return {
    urls,
    core: started,
    control: createControl(started),
    async stop() {
      for (const dispose of started.cleanup.splice(0).reverse()) await dispose();
      await signaling.close();
      await started.media?.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ("closeAllConnections" in server) server.closeAllConnections();
      });
    },
  };
}
