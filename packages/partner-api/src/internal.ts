/**
 * @ccaas/partner-api/internal: the HTTP plumbing `@ccaas/voice-api` shares with this client (transport,
 * middleware, argument checks). Not a public API: it follows the clients, not semver. The two
 * packages are published in lockstep (`workspace:*` pins the exact version).
 */

export { type ErrorDetails, invalidResponse } from "./middleware/errors";
export { newRequestId, requestId } from "./middleware/request-id";
export { type ResolvedRetry, type RetryOptions, resolveRetry, sleep } from "./middleware/retry";
export { clientProduct, userAgent } from "./middleware/user-agent";
export { createTransport, type FetchFunction, type Transport, type TransportOptions } from "./transport";
export {
  invalidArgument,
  optionalFunction,
  optionalString,
  requireDuration,
  requireHttpUrl,
  requireString,
} from "./validate";
