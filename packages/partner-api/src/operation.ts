/**
 * Named methods from a table of routes, shared by `createPartnerClient` and `createAgentClient`. A method's
 * arguments are its path ids in order, then its body (when it takes one), then its options. Each call checks
 * its arguments, builds the URL and a plain header record, and hands them to the transport: no openapi-fetch,
 * no Request object, so a call costs little more than the fetch itself (see bench/clients).
 */
import type { ClientHeaders } from "./client-headers";
import { invalidResponse } from "./middleware/errors";
import { idempotentMethod } from "./middleware/retry";
import type { Send } from "./transport";
import type { PlaceCallOptions } from "./types";
import { invalidArgument, requireString } from "./validate";

/** Route flag: the method takes a JSON body (after its path ids). Auth flags: client-headers.ts. */
export const BODY = 1;
/** Route flag: the method resolves to JSON that must be there (an empty answer is an error). */
export const JSON_BODY = 2;

/** `[method, path template, flags]`. */
export type Route = readonly [method: string, route: string, flags: number];

/** What every method of one client shares. */
export interface OperationContext {
  /** Without a trailing slash. */
  baseUrl: string;
  /** Filled into `{partnerId}`. */
  partnerId?: string | undefined;
  headers: ClientHeaders;
  send: Send;
}

/** One method per route, named after the table's keys. */
export function createOperations(
  routes: Record<string, Route>,
  { baseUrl, partnerId, headers: headersFor, send }: OperationContext,
): Record<string, (...args: unknown[]) => Promise<unknown>> {
  const operations: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const [name, [method, route, flags]] of Object.entries(routes)) {
    // The path's ids in order; partnerId comes from the client, the others from the arguments.
    const ids = route.match(/[^{}]+(?=\})/g) ?? [];
    const repeatable = idempotentMethod.test(method);
    operations[name] = async (...args) => {
      let url = baseUrl + route;
      let at = 0;
      for (const id of ids) {
        const value = id === "partnerId" ? partnerId : args[at++];
        url = url.replace(`{${id}}`, encodeURIComponent(requireString(value, id, name)));
      }
      const body = flags & BODY ? args[at] : undefined;
      if (flags & BODY && (typeof body !== "object" || body === null || Array.isArray(body))) {
        invalidArgument("body", "must be an object with the operation's fields.", name);
      }
      const options = (args[at + (flags & BODY)] ?? {}) as PlaceCallOptions;
      const pending = headersFor(flags, name);
      // Only a token from an async function needs a wait: no extra tick on the common path.
      const headers = pending instanceof Promise ? await pending : pending;
      if (body !== undefined) headers["content-type"] = "application/json";
      if (options.idempotencyKey !== undefined) {
        headers["idempotency-key"] = requireString(options.idempotencyKey, "idempotencyKey", name);
      }
      if (options.softphoneClientId !== undefined)
        headers["x-softphone-client-id"] = options.softphoneClientId;
      const { data } = await send({
        method,
        url,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: options.signal,
        repeatable: repeatable || "idempotency-key" in headers,
      });
      if (flags & JSON_BODY && data === undefined) {
        throw invalidResponse(`The partner API answered ${name} with an empty body where JSON was expected.`);
      }
      return data;
    };
  }
  return operations;
}
