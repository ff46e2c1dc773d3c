/**
 * `serve`: runs an adapter (or any `{ fetch }` handler) on Node's HTTP server. The kit's own POST routes are
 * answered straight from Node's request and response objects (no web `Request`/`Response` per call: the
 * adapter's throughput on Node is close to a bare `node:http` server); every other request goes through
 * `adapter.fetch` by @hono/node-server. Loaded lazily so the adapter itself stays free of Node-only imports for
 * other runtimes.
 */
import type { AddressInfo } from "node:net";
import { type NodeListener, nodeListenerKey } from "./node-listener";

export interface ServeOptions {
  /** Port to listen on; 0 picks a free one. Default 4800 (the spec's default adapter URL). */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1`; `0.0.0.0` to accept connections from other machines. */
  hostname?: string;
}

export interface RunningServer {
  /** `http://<hostname>:<port>`, with the port actually bound. */
  readonly url: string;
  readonly port: number;
  /** Stops accepting connections and closes the open ones. */
  close(): Promise<void>;
}

export async function serve(
  adapter: { fetch(request: Request): Response | Promise<Response> },
  options: ServeOptions = {},
): Promise<RunningServer> {
  const [{ getRequestListener }, { createServer }] = await Promise.all([
    import("@hono/node-server"),
    import("node:http"),
  ]);
  const hostname = options.hostname ?? "127.0.0.1";
  const viaFetch = getRequestListener((request: Request) => adapter.fetch(request), { hostname });
  const direct = (adapter as { [nodeListenerKey]?: NodeListener })[nodeListenerKey];
  const server = createServer(
    direct === undefined
      ? viaFetch
      : (incoming, outgoing) => {
          if (!direct(incoming, outgoing)) void viaFetch(incoming, outgoing);
        },
  );
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 4800, hostname, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = hostname.includes(":") ? `[${hostname}]` : hostname === "0.0.0.0" ? "127.0.0.1" : hostname;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
