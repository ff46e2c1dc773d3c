/**
 * @ccaas/partner-api/internal: the HTTP plumbing `@ccaas/voice-api` (and the softphone's voice adapter call
 * control) share with this client (transport, request id, SDK name, argument checks). Not a public API: it
 * follows the clients, not semver. The packages are published in lockstep (`workspace:*` pins the exact
 * version).
 */

export { type ErrorDetails, invalidResponse, type Reply } from "./middleware/errors";
export { newRequestId } from "./middleware/request-id";
export { type ResolvedRetry, type RetryOptions, resolveRetry, sleep } from "./middleware/retry";
export { clientProduct, productHeader } from "./middleware/user-agent";
export {
  createSend,
  createTransport,
  type Exchange,
  type FetchFunction,
  type Send,
  type Transport,
  type TransportOptions,
} from "./transport";
export {
  invalidArgument,
  optionalFunction,
  optionalString,
  requireDuration,
  requireHttpUrl,
  requireString,
} from "./validate";
