/** An `x-request-id` per logical request (kept across retries), so client logs and server logs line up. */

/**
 * A v4 UUID. Browsers offer `crypto.randomUUID` in secure contexts only, which is where a softphone runs
 * anyway (WebRTC's getUserMedia requires one).
 */
export const newRequestId = (): string => globalThis.crypto.randomUUID();
