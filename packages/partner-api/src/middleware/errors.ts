/**
 * Turns what came back into the SDK's one error model (from `@ccaas/types`): a non-2xx answer is an
 * `ApiError`; no usable answer is a `NetworkError` (connection refused or reset, a body cut short or not
 * JSON); an attempt over its time limit is a `TimeoutError`; the caller's own abort is rethrown as it is.
 * Every message is redacted and says what to do next. Nothing here runs on a request that succeeds, except
 * `successReply`, which only parses the body.
 */
import { type ApiError, type ApiErrorOptions, CcaasError, NetworkError, TimeoutError } from "@ccaas/types";
import { parseRetryAfter } from "./retry";

/** What a service's error body says, as far as it can be read. */
export interface ErrorDetails {
  code?: string | undefined;
  message?: string | undefined;
  requestId?: string | undefined;
}

/** What every message of one client needs; built once per client. */
export interface ErrorContext {
  /** "partner API", "Voice API": the subject of every message. */
  service: string;
  redact: (text: string) => string;
  /** Reads code, message and request id out of a parsed error body. */
  errorDetails: (body: unknown) => ErrorDetails;
  /** Builds the ApiError, so a client can return a subclass for a code it knows. */
  createApiError: (message: string, options: ApiErrorOptions) => ApiError;
  now: () => number;
}

/** The request a message is about. */
export interface Sent {
  method: string;
  url: string;
  /** Its `x-request-id` is quoted when the answer has none. */
  headers: Record<string, string>;
}

/** A 2xx answer, read: the response, its text and the parsed JSON (undefined when empty). */
export interface Reply {
  response: Response;
  text: string;
  data: unknown;
}

/** `GET /partners/…/voiceproviders`, redacted. Built only when a message needs it. */
export function labelOf(context: ErrorContext, { method, url }: Sent): string {
  const { pathname, search } = new URL(url);
  return context.redact(`${method} ${pathname}${search}`);
}

const answered = (response: Response, sent: Sent, context: ErrorContext) =>
  `The ${context.service} answered ${response.status}${response.statusText && ` ${response.statusText}`} to ${labelOf(context, sent)}`;

/** A body's JSON (`[data]`), or its text (cut to 2 000 characters) and what is wrong with it. */
function parse(text: string, response: Response): [unknown, string?] {
  const contentType = response.headers.get("content-type") ?? "";
  if (text.trim() === "") return [undefined, "an empty body"];
  if (contentType.includes("html") || /^\s*</.test(text)) {
    return [text.slice(0, 2_000), "an HTML page instead of JSON: check baseUrl"];
  }
  try {
    return [JSON.parse(text)];
  } catch {
    const problem = /[/+]json\b/.test(contentType) ? "JSON cut short; retry" : "a body that is not JSON";
    return [text.slice(0, 2_000), problem];
  }
}

/** Reads a non-2xx response into an ApiError, whatever its body: JSON, HTML, empty or truncated. */
export async function responseError(
  response: Response,
  sent: Sent,
  context: ErrorContext,
): Promise<ApiError> {
  const { status, headers } = response;
  const [body, problem] = parse(context.redact(await response.text()), response);
  const details = problem === undefined ? context.errorDetails(body) : {};
  const requestId = headers.get("x-request-id") ?? details.requestId ?? sent.headers["x-request-id"];
  const hint =
    status === 401 || status === 403
      ? " Check the credentials."
      : status === 429 || status > 499
        ? " Retry later."
        : "";
  // Fields left undefined read as absent (ApiError falls back to `http_<status>` for the code).
  const options = {
    status,
    body,
    code: details.code,
    requestId,
    retryAfterMs: parseRetryAfter(headers.get("retry-after"), context.now()),
  } as ApiErrorOptions;
  const message =
    answered(response, sent, context) +
    (details.message ? `: ${details.message}` : `${problem ? ` with ${problem}` : ""}.${hint}`) +
    (requestId ? ` (request id ${requestId})` : "");
  return context.createApiError(context.redact(message), options);
}

/** A 2xx answer whose body is not what a JSON API sends. Retryable like any body cut short. */
export function invalidResponse(message: string, cause?: unknown): NetworkError {
  return new NetworkError(message, { code: "invalid_response", cause });
}

/**
 * Checks a 2xx body, read once by the transport (`text`, empty when the status has no body), so that an HTML
 * page or truncated JSON surfaces here as a typed error (and may be retried) instead of as a SyntaxError later.
 */
export function successReply(response: Response, text: string, sent: Sent, context: ErrorContext): Reply {
  if (text === "") return { response, text, data: undefined };
  const [data, problem] = parse(text, response);
  if (problem !== undefined) throw invalidResponse(`${answered(response, sent, context)} with ${problem}.`);
  return { response, text, data };
}

/**
 * What a failed fetch (or body read) means: the caller's abort is rethrown unchanged, the time limit becomes
 * a TimeoutError, anything else a NetworkError. SDK errors pass through.
 */
export function fetchFailure(
  error: unknown,
  sent: Sent,
  caller: AbortSignal | null | undefined,
  timeoutMs: number | undefined,
  context: ErrorContext,
): unknown {
  if (caller?.aborted || CcaasError.isInstance(error)) return error;
  const label = labelOf(context, sent);
  if (timeoutMs !== undefined) {
    return new TimeoutError(
      `The ${context.service} did not answer ${label} within ${timeoutMs} ms: check the server, or raise timeoutMs.`,
      { timeoutMs, cause: error },
    );
  }
  // undici nests the reason (`fetch failed` <- `ECONNRESET`); browsers only say "Failed to fetch".
  let reason = "";
  for (let cause = error, depth = 0; cause instanceof Error && depth < 3; cause = cause.cause, depth += 1) {
    reason += `${reason && ": "}${(cause as { code?: string }).code ?? cause.message}`;
  }
  return new NetworkError(
    context.redact(
      `Could not reach the ${context.service} at ${new URL(sent.url).origin} for ${label} (${reason}): check baseUrl and the network.`,
    ),
    { cause: error },
  );
}
