/**
 * Names the SDK and its version on every request. Browsers forbid (Chrome silently drops) `User-Agent`, so
 * there the same value goes in `x-ccaas-client`; servers read either.
 */

/** A page has `document`; Node, Deno, Bun and edge workers do not, and they may set User-Agent. */
const inBrowser = typeof (globalThis as { document?: unknown }).document !== "undefined";

/** `ccaas-partner-api/1.2.3 node/24.1.0` (the runtime part only where it is known). */
export function clientProduct(name: string, version: string): string {
  const node = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
  return node === undefined ? `${name}/${version}` : `${name}/${version} node/${node}`;
}

/** The header that names the SDK here: `user-agent`, or `x-ccaas-client` in a browser. */
export const productHeader = inBrowser ? "x-ccaas-client" : "user-agent";
