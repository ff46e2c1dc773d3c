/**
 * Reads a request body the way the spec wants it: `application/json` (else 415), at most `maxBytes` (else 413,
 * checked on `Content-Length` first and again while streaming, so a chunked body cannot slip past), valid
 * UTF-8 JSON (else 400).
 */
import { HttpProblem } from "./http-problem";

/** 415 unless the media type is `application/json` (parameters such as `charset` allowed). */
export function checkContentType(type: string | null): void {
  const mediaType = type?.split(";", 1)[0]?.trim().toLowerCase();
  if (mediaType !== "application/json") {
    const shown = type
      ? `Content-Type ${type.slice(0, 100)} is not supported`
      : "The Content-Type header is missing";
    throw new HttpProblem("unsupported_media_type", `${shown}; send application/json.`);
  }
}

export function tooLarge(maxBytes: number): HttpProblem {
  return new HttpProblem(
    "payload_too_large",
    `The request body exceeds the adapter's limit of ${maxBytes} bytes. Send only the documented fields.`,
  );
}

/** The raw body bytes, refused past `maxBytes`. */
export async function readBody(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared)) {
    if (Number(declared) > maxBytes) throw tooLarge(maxBytes);
    // The HTTP layer holds a body to its Content-Length, and reading it whole skips the web-stream machinery
    // (several times faster on Node); the length is checked again in case a runtime does not enforce it.
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (bytes.byteLength > maxBytes) throw tooLarge(maxBytes);
    return bytes;
  }
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Parses the body as JSON; 400 with a field-level detail when it is empty, not UTF-8 or not JSON. */
export function parseJson(bytes: Uint8Array): unknown {
  if (bytes.byteLength === 0) {
    throw new HttpProblem("validation_failed", "The request body is empty; send the operation's JSON body.", {
      details: [{ field: "/", message: "a JSON request body is required" }],
    });
  }
  try {
    return JSON.parse(decoder.decode(bytes));
  } catch {
    throw new HttpProblem("validation_failed", "The request body is not valid JSON.", {
      details: [{ field: "/", message: "is not valid JSON" }],
    });
  }
}
