/**
 * Where the Voice API wants its token: as the FIRST field of every POST's JSON object (GET routes, of which
 * the spec has none today, take it in the query string instead). `JSON.stringify` keeps insertion order
 * for string keys, but the guarantee should not depend on how the caller built the object, so the string is
 * assembled with `token` first.
 */
export function serializeTokenFirst(body: unknown): string {
  if (typeof body !== "object" || body === null || Array.isArray(body) || !("token" in body)) {
    return JSON.stringify(body);
  }
  // The first key in the order JSON.stringify writes them: when it is `token` already (as this client builds
  // its bodies), the object is written as it is.
  let first: string | undefined;
  for (first in body) break;
  if (first === "token") return JSON.stringify(body);
  const { token, ...rest } = body as { token: unknown };
  const tail = JSON.stringify(rest);
  return `{"token":${JSON.stringify(token)}${tail === "{}" ? "}" : `,${tail.slice(1)}`}`;
}
