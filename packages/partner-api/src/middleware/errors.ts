/**
 * Turns what came back into the SDK's one error model (from `@ccaas/types`): a non-2xx answer is an
 * `ApiError`; no usable answer is a `NetworkError` (connection refused or reset, a body cut short or not
 * JSON); an attempt over its time limit is a `TimeoutError`; the caller's own abort is rethrown as it is.
 * Every message is redacted and says what to do next.
 */
import { type ApiError, type ApiErrorOptions, CcaasError, NetworkError, TimeoutError } from "@ccaas/types";
import { parseRetryAfter } from "./retry";

/** What a service's error body says, as far as it can be read. */
export interface ErrorDetails {
  code?: string | undefined;
  message?: string | undefined;
  requestId?: string | undefined;
}

export interface ErrorContext {
  /** "partner API", "Voice API": the subject of every message. */
  service: string;
  /** `POST /partners/…/voiceproviders`, already redacted. */
  readonly label: string;
  /** `http://127.0.0.1:4700`: where the request went. */
  origin: () => string;
  redact: (text: string) => string;
  /** Reads code, message and request id out of a parsed error body. */
  errorDetails: (body: unknown) => ErrorDetails;
  /** Builds the ApiError, so a client can return a subclass for a code it knows. */
  createApiError: (message: string, options: ApiErrorOptions) => ApiError;
  now: () => number;
}

const isHtml = (contentType: string, text: string) => contentType.includes("html") || /^\s*</.test(text);
const isJson = (contentType: string) => /[/+]json\b/.test(contentType);
const answered = (response: Response, context: ErrorContext) =>
  `The ${context.service} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""} to ${context.label}`;

/** Reads a non-2xx response into an ApiError, whatever its body: JSON, HTML, empty or truncated. */
export async function responseError(response: Response, sentRequestId: string | null, context: ErrorContext) {
  const { status, headers } = response;
  const text = context.redact(await response.text());
  const contentType = headers.get("content-type") ?? "";
  let body: unknown = text.slice(0, 2_000);
  let problem: string | undefined;
  if (text.trim() === "") {
    body = undefined;
    problem = "an empty body";
  } else if (isHtml(contentType, text)) {
    problem = "an HTML page instead of JSON: check baseUrl";
  } else {
    try {
      body = JSON.parse(text);
    } catch {
      problem = isJson(contentType) ? "JSON cut short" : "a body that is not JSON";
    }
  }
  const details = problem === undefined ? context.errorDetails(body) : {};
  const requestId = headers.get("x-request-id") ?? details.requestId ?? sentRequestId ?? undefined;
  const hint =
    status === 401 || status === 403
      ? " Check the credentials."
      : status === 429 || status >= 500
        ? " Retry later."
        : "";
  const options: ApiErrorOptions = { status, body };
  if (details.code !== undefined) options.code = details.code;
  if (requestId !== undefined) options.requestId = requestId;
  const retryAfterMs = parseRetryAfter(headers.get("retry-after"), context.now());
  if (retryAfterMs !== undefined) options.retryAfterMs = retryAfterMs;
  const message =
    answered(response, context) +
    (details.message ? `: ${details.message}` : `${problem ? ` with ${problem}` : ""}.${hint}`) +
    (requestId ? ` (request id ${requestId})` : "");
  return context.createApiError(context.redact(message), options);
}

/** A 2xx answer whose body is not what a JSON API sends. Retryable like any body cut short. */
export function invalidResponse(message: string, cause?: unknown): NetworkError {
  return new NetworkError(message, { code: "invalid_response", cause });
}

/**
 * Reads a 2xx body once, so that a connection reset mid-body, an HTML page or truncated JSON surfaces here as
 * a typed error (and may be retried) instead of as a SyntaxError later. Returns an equivalent Response.
 */
export async function checkedSuccess(response: Response, method: string, context: ErrorContext) {
  const { status } = response;
  if (status === 204 || status === 205 || status === 304 || method === "HEAD") return response;
  const text = await response.text();
  const contentType = response.headers.get("content-type") ?? "";
  let problem: string | undefined;
  let parsed: unknown;
  if (text === "") parsed = undefined;
  else if (isHtml(contentType, text)) problem = "an HTML page instead of JSON: check baseUrl";
  else if (isJson(contentType) || contentType === "") {
    try {
      parsed = JSON.parse(text);
    } catch {
      problem = "JSON cut short; retry";
    }
  }
  if (problem !== undefined) throw invalidResponse(`${answered(response, context)} with ${problem}.`);
  // The body is read; the response answers json() and text() from what was read. Cheaper than building
  // a new Response (a tenth of a loopback round trip), and the parse is not repeated.
  return Object.defineProperties(response, {
    json: { value: () => Promise.resolve(parsed) },
    text: { value: () => Promise.resolve(text) },
  });
}

/**
 * What a failed fetch (or body read) means: the caller's abort is rethrown unchanged, the time limit becomes
 * a TimeoutError, anything else a NetworkError. SDK errors pass through.
 */
export function fetchFailure(
  error: unknown,
  caller: AbortSignal | undefined,
  timedOut: boolean,
  timeoutMs: number,
  context: Pick<ErrorContext, "service" | "label" | "redact" | "origin">,
): unknown {
  if (caller?.aborted || CcaasError.isInstance(error)) return error;
  if (timedOut) {
    return new TimeoutError(
      `The ${context.service} did not answer ${context.label} within ${timeoutMs} ms: check the server, or raise timeoutMs.`,
      { timeoutMs, cause: error },
    );
  }
  // undici nests the reason (`fetch failed` <- `ECONNRESET`); browsers only say "Failed to fetch".
  let reason = "";
  for (let cause = error, depth = 0; cause instanceof Error && depth < 3; cause = cause.cause, depth += 1) {
    reason += `${reason ? ": " : ""}${(cause as { code?: string }).code ?? cause.message}`;
  }
  return new NetworkError(
    context.redact(
      `Could not reach the ${context.service} at ${context.origin()} for ${context.label} (${reason}): check baseUrl and the network.`,
    ),
    { cause: error },
  );
}
