/** `Authorization: Basic` for the partner resources (`/partners/...`), per RFC 7617. */

/**
 * `Basic base64(clientId:clientSecret)`. The credentials are UTF-8 encoded first (RFC 7617's `charset=UTF-8`),
 * because `btoa` alone only takes Latin-1 and would throw on anything else.
 */
export function basicAuthorization(clientId: string, clientSecret: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(`${clientId}:${clientSecret}`))
    binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}
