/**
 * The Node fast path `serve` takes for the kit's own POST routes: it reads Node's `IncomingMessage` and writes its
 * `ServerResponse` directly, skipping the web `Request`/`Response` objects and the router that `adapter.fetch`
 * needs on other runtimes. The answer comes from the same `Answers` and routes as `adapter.fetch`, so both say
 * the same; anything unusual (another method or path, no `Content-Length`, a chunked or oversized body, a
 * CORS preflight) declines and goes through `adapter.fetch` unchanged.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AdapterRequest } from "./adapter-request";
import type { Answer, Answers, Operation } from "./answers";
import { tooLarge } from "./request-body";

/** Handles the request and returns true, or returns false having touched nothing. */
export type NodeListener = (incoming: IncomingMessage, outgoing: ServerResponse) => boolean;

/** Where `createVoiceAdapter` puts its Node listener for `serve` (a registered symbol: one per realm). */
export const nodeListenerKey: unique symbol = Symbol.for("@ccaas/adapter-kit/node-listener") as never;

/** One POST route the Node path serves. */
export interface NodeRoute {
  operationId: string;
  operation: Operation;
}

export interface NodeListenerOptions {
  /** Exact path -> the POST operation served there. */
  routes: ReadonlyMap<string, NodeRoute>;
  maxBodyBytes: number;
  answers: Answers;
  /** CORS headers for a request from `origin` (`{}` when CORS is off), as the web path's middleware adds them. */
  corsHeaders(origin: string | null): Record<string, string>;
}

/** A header as web `Headers` would give it: case-insensitive, duplicates joined with ", ". */
function headerOf(rawHeaders: readonly string[], name: string): string | null {
  let value: string | null = null;
  for (let index = 0; index < rawHeaders.length; index += 2) {
    const raw = rawHeaders[index] as string;
    if (raw.length === name.length && raw.toLowerCase() === name) {
      const found = rawHeaders[index + 1] as string;
      value = value === null ? found : `${value}, ${found}`;
    }
  }
  return value;
}

/** The body of a request whose length is known and within the limit; rejects if the client goes away. */
function readIncoming(incoming: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    incoming.on("data", (chunk: Buffer) => {
      size += chunk.byteLength;
      // The parser holds the body to its Content-Length, checked before; this guards a parser that would not.
      if (size > maxBytes) {
        reject(tooLarge(maxBytes));
        incoming.destroy();
        return;
      }
      chunks.push(chunk);
    });
    // `on`, not `once` (no wrapper per listener): the request is dropped with its listeners once answered.
    incoming.on("end", () => resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)));
    incoming.on("error", reject);
    incoming.on("close", () => {
      if (!incoming.complete) reject(new Error("The client closed the connection before sending its body."));
    });
  });
}

function write(outgoing: ServerResponse, answer: Answer): void {
  if (outgoing.headersSent || outgoing.destroyed) return;
  answer.headers["content-length"] = String(Buffer.byteLength(answer.body));
  outgoing.writeHead(answer.status, answer.headers);
  outgoing.end(answer.body);
}

/** The listener `serve` calls first for every request (see the file's comment for what it takes). */
export function createNodeListener(options: NodeListenerOptions): NodeListener {
  const { routes, maxBodyBytes, answers, corsHeaders } = options;
  const digits = /^\d+$/;

  return (incoming, outgoing) => {
    if (incoming.method !== "POST") return false;
    const url = incoming.url ?? "";
    const query = url.indexOf("?");
    const route = routes.get(query === -1 ? url : url.slice(0, query));
    if (route === undefined) return false;
    const raw = incoming.rawHeaders;
    const length = headerOf(raw, "content-length");
    if (length === null || !digits.test(length) || Number(length) > maxBodyBytes) return false;
    if (headerOf(raw, "transfer-encoding") !== null) return false;

    const request: AdapterRequest = {
      header: (name) => headerOf(raw, name),
      readBody: (maxBytes) => readIncoming(incoming, maxBytes),
    };
    const cors = corsHeaders(headerOf(raw, "origin"));
    answers.serve(route.operationId, route.operation, request).then(
      (answer) => {
        for (const name in cors) answer.headers[name] = cors[name] as string;
        write(outgoing, answer);
      },
      (error: unknown) => write(outgoing, answers.failure(answers.requestIdOf(null), undefined, error)),
    );
    return true;
  };
}
