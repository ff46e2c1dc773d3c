import { createHash, timingSafeEqual } from "node:crypto";

/** Compares two secrets in constant time (hashing first so different lengths leak nothing either). */
export function secretsEqual(given: string, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** The `id:secret` pair of an `Authorization: Basic` header (RFC 7617), or undefined when it is not one. */
export function parseBasic(header: string | undefined): { id: string; secret: string } | undefined {
  const match = /^Basic[ ]+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header ?? "");
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return undefined;
  return { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

/** The token of an `Authorization: Bearer` header, or undefined. */
export function parseBearer(header: string | undefined): string | undefined {
  return /^Bearer[ ]+(\S+)\s*$/i.exec(header ?? "")?.[1];
}
