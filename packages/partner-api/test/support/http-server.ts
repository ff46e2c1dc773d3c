/**
 * A real `node:http` server on 127.0.0.1 (port 0) for the faults only a socket can produce: a connection
 * destroyed mid-request or mid-body. Closed after the file's tests. Where msw is listening, its requests
 * need a `passthrough()` handler to reach it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export function useHttpServer(handler: Handler): { url: () => string; hits: () => number } {
  let hits = 0;
  const server = createServer((request, response) => {
    hits += 1;
    handler(request, response);
  });
  beforeAll(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve)));
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return {
    url: () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits: () => hits,
  };
}
