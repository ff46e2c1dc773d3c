/**
 * `serve`: runs an adapter (or any `{ fetch }` handler) on Node's HTTP server, through @hono/node-server.
 * Loaded lazily so the adapter itself stays free of Node-only imports for other runtimes.
 */
import type { AddressInfo } from "node:net";

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
  const { serve: nodeServe } = await import("@hono/node-server");
  const hostname = options.hostname ?? "127.0.0.1";
  const server = nodeServe({
    fetch: (request: Request) => adapter.fetch(request),
    port: options.port ?? 4800,
    hostname,
  });
  await new Promise<void>((resolve, reject) => {
    if (server.listening) return resolve();
    server.once("listening", () => resolve());
    server.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = hostname.includes(":") ? `[${hostname}]` : hostname === "0.0.0.0" ? "127.0.0.1" : hostname;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        if ("closeAllConnections" in server) server.closeAllConnections();
      }),
  };
}
