/** `createVoiceClient`: the Voice API client, with the token lifecycle built in. */

import {
  clientProduct,
  createSend,
  type FetchFunction,
  invalidArgument,
  invalidResponse,
  newRequestId,
  optionalFunction,
  productHeader,
  type RetryOptions,
  requireDuration,
  requireHttpUrl,
  requireString,
  resolveRetry,
  sleep,
} from "@ccaas/partner-api/internal";
import {
  ApiError,
  createRedactor,
  createSafeLogger,
  type Logger,
  type VoiceApiErrorBody,
  type VoiceApiPaths,
} from "@ccaas/types";
import { normaliseCallServer, type WebPhoneSettings } from "./call-server";
import { normaliseCallStatus, type VoiceCallStatus } from "./call-status";
import { type CreateCallInput, callFields, checkCreateCall } from "./create-call";
import { NoEndpointRegisteredError } from "./no-endpoint-registered-error";
import { createTokenManager } from "./token-manager";
import { serializeTokenFirst } from "./token-placement";

export interface VoiceClientOptions {
  /** The Voice API's URL, e.g. `https://api.flexcontact.com.br/Voice`, or the sandbox's `http://127.0.0.1:4700/Voice`. */
  baseUrl: string;
  /** Login provided by the IT team. */
  login: string;
  /** Password of the login. Never logged, never in an error message. */
  password: string;
  /** Code of the Voice campaign (`codCampaign`), registered beforehand by the API team. */
  codCampaign: string;
  /** A fetch to use instead of `globalThis.fetch` (looked up at each request, so test interceptors work). */
  fetch?: FetchFunction;
  /** Where diagnostics go (`console` works). Silent by default; the password and tokens are redacted. */
  logger?: Partial<Logger>;
  /** How long a token lives. Default 6 hours (the seed's maximum); a shorter `expires_in` from Login wins. */
  tokenLifetimeMs?: number;
  /** Log in again this long before the token expires. Default 60 000 (at most half the lifetime). */
  refreshMarginMs?: number;
  /** The clock token expiry is measured with. Default `Date.now`. */
  clock?: () => number;
  /** Time limit of each attempt in milliseconds. Default 30 000; 0 turns it off. */
  timeoutMs?: number;
  /** Retries of Login, Call/Server and Call/Status (never of Call/Create), or `false` for none. */
  retry?: RetryOptions | false;
}

export interface CallOptions {
  /** Aborts the call (and any wait); the AbortError is rethrown as it is. */
  signal?: AbortSignal;
}

export interface WatchCallOptions extends CallOptions {
  /** Milliseconds between two `Call/Status` requests. Default 1 000. */
  intervalMs?: number;
}

export interface VoiceClient {
  /** The web phone's WebRTC/SIP settings (`Call/Server`). Configure the web phone with them and bring it online before `createCall`. */
  getCallServer(options?: CallOptions): Promise<WebPhoneSettings>;
  /**
   * Places a call (`Call/Create`); resolves to its id. Throws `NoEndpointRegisteredError` when no web phone is
   * online. Never retried: a repeat could place a second call.
   */
  createCall(input: CreateCallInput, options?: CallOptions): Promise<{ id: string }>;
  /** The call's status (`Call/Status`), in one form whichever the server answered with. */
  getCallStatus(id: string, options?: CallOptions): Promise<VoiceCallStatus>;
  /**
   * Polls `Call/Status` and yields each change of status (the first one included), ending after `Finished`.
   * Aborting the signal ends it by throwing the signal's reason.
   */
  watchCall(id: string, options?: WatchCallOptions): AsyncGenerator<VoiceCallStatus, void, undefined>;
}

const context = "createVoiceClient";
/** Errors that mean "this token is no good": log in again once, then retry. */
const tokenRejected = new Set(["INVALID_TOKEN", "TOKEN_EXPIRED"]);

/** The Voice API answers errors as `[{ error, message }]`. */
function errorDetails(body: unknown) {
  const first = (Array.isArray(body) ? body[0] : body) as Partial<VoiceApiErrorBody> | undefined;
  return {
    code: typeof first?.error === "string" ? first.error : undefined,
    message: typeof first?.message === "string" ? first.message : undefined,
  };
}

type Operation<Path extends keyof VoiceApiPaths> = VoiceApiPaths[Path]["post"];
type VoiceRequestBody<Path extends keyof VoiceApiPaths> =
  Operation<Path>["requestBody"]["content"]["application/json"];
type VoiceAnswer<Path extends keyof VoiceApiPaths> =
  Operation<Path>["responses"][200]["content"]["application/json"];

/** Every answer is an array holding one object. */
function single<T>(data: readonly T[] | undefined, operation: string): T {
  const item = Array.isArray(data) ? data[0] : undefined;
  if (typeof item !== "object" || item === null) {
    throw invalidResponse(`The Voice API answered ${operation} without the expected array of one object.`);
  }
  return item;
}

/**
 * Creates a Voice API client. Options are checked here, before any request; nothing is sent until the first
 * call, which logs in.
 *
 * @example
 * const voice = createVoiceClient({ baseUrl, login, password, codCampaign: "0" });
 * const { id } = await voice.createCall({ destination: "5511980121511" });
 * for await (const status of voice.watchCall(id)) console.log(status.status, status.isdnReason ?? "");
 */
export function createVoiceClient(options: VoiceClientOptions): VoiceClient {
  if (typeof options !== "object" || options === null) {
    invalidArgument("options", "must be an object.", context);
  }
  const baseUrl = requireHttpUrl(options.baseUrl, "baseUrl", context);
  const login = requireString(options.login, "login", context);
  const password = requireString(options.password, "password", context);
  const codCampaign = requireString(options.codCampaign, "codCampaign", context);
  const userFetch = optionalFunction(options.fetch, "fetch", context);
  const clock = optionalFunction(options.clock, "clock", context) ?? Date.now;
  const lifetimeMs = requireDuration(
    options.tokenLifetimeMs ?? 6 * 60 * 60 * 1000,
    "tokenLifetimeMs",
    context,
  );
  if (lifetimeMs === 0) invalidArgument("tokenLifetimeMs", "must be more than 0.", context);
  const refreshMarginMs = requireDuration(options.refreshMarginMs ?? 60_000, "refreshMarginMs", context);
  const timeoutMs = requireDuration(options.timeoutMs ?? 30_000, "timeoutMs", context);
  const retry = resolveRetry(options.retry, context);

  // Every token and the web phone's SIP password join the password as things no log line or message shows.
  const secrets = new Set([password]);
  const redact = createRedactor(() => secrets);
  const logger = createSafeLogger(options.logger, redact);
  const send = createSend({
    fetch: userFetch,
    service: "Voice API",
    timeoutMs,
    retry,
    logger,
    redact,
    errorDetails,
    createApiError: (message, errorOptions) =>
      errorOptions.code === "NO_ENDPOINT_REGISTERED"
        ? new NoEndpointRegisteredError(errorOptions)
        : new ApiError(message, errorOptions),
  });
  const product = { [productHeader]: clientProduct("ccaas-voice-api", __PACKAGE_VERSION__) };

  /**
   * POSTs `body` (token first) as JSON: a plain fetch through the transport, no Request object built.
   * Login, Call/Server and Call/Status only read (or mint a token): safe to repeat. Call/Create is not.
   */
  async function post<Path extends keyof VoiceApiPaths>(
    path: Path,
    body: VoiceRequestBody<Path>,
    signal?: AbortSignal,
  ): Promise<VoiceAnswer<Path> | undefined> {
    const { data } = await send({
      method: "POST",
      url: baseUrl + path,
      headers: { ...product, "content-type": "application/json", "x-request-id": newRequestId() },
      body: serializeTokenFirst(body),
      signal,
      repeatable: path !== "/Call/Create",
    });
    return data as VoiceAnswer<Path> | undefined;
  }

  const tokens = createTokenManager({
    async login() {
      const result = single(await post("/Login", { login, password }), "Login");
      if (typeof result.token !== "string" || result.token === "") {
        throw invalidResponse("The Voice API answered Login without a token.");
      }
      return { token: result.token, expiresInSeconds: result.expires_in };
    },
    lifetimeMs,
    refreshMarginMs,
    clock,
    logger,
    onToken: (token) => secrets.add(token),
  });

  /** Runs `call` with a token; if the server rejects the token, logs in again once and retries once. */
  async function withToken<T>(
    call: (token: string) => Promise<T>,
    signal: AbortSignal | undefined,
  ): Promise<T> {
    const token = await tokens.get(signal);
    try {
      return await call(token);
    } catch (error) {
      if (!ApiError.isInstance(error) || error.status !== 401 || !tokenRejected.has(error.code)) throw error;
      logger.info?.(`Voice API: the token was rejected (${error.code}); logging in again`);
      tokens.invalidate(token);
      return call(await tokens.get(signal));
    }
  }

  let settings: Promise<WebPhoneSettings> | undefined;

  const client: VoiceClient = {
    getCallServer(callOptions) {
      return withToken(async (token) => {
        const data = await post("/Call/Server", { token, codCampaign }, callOptions?.signal);
        const normalised = normaliseCallServer(single(data, "Call/Server"));
        secrets.add(normalised.sipPassword);
        return normalised;
      }, callOptions?.signal);
    },

    async createCall(input, callOptions) {
      checkCreateCall(input);
      let defaults = { apiKey: input.apiKey ?? "", callerId: input.callerId ?? "" };
      if (defaults.apiKey === "" || defaults.callerId === "") {
        // Shared by concurrent calls and reused after; forgotten if it failed.
        settings ??= client.getCallServer().catch((error: unknown) => {
          settings = undefined;
          throw error;
        });
        const server = await settings;
        defaults = { apiKey: server.apiKey, callerId: server.externalCallerId };
      }
      const fields = callFields(input, defaults);
      return withToken(async (token) => {
        const data = await post("/Call/Create", { token, codCampaign, ...fields }, callOptions?.signal);
        return { id: single(data, "Call/Create")._id };
      }, callOptions?.signal);
    },

    getCallStatus(id, callOptions) {
      requireString(id, "id", "getCallStatus");
      return withToken(async (token) => {
        const data = await post("/Call/Status", { token, codCampaign, _id: id }, callOptions?.signal);
        return normaliseCallStatus(single(data, "Call/Status"));
      }, callOptions?.signal);
    },

    async *watchCall(id, watchOptions = {}) {
      requireString(id, "id", "watchCall");
      const intervalMs = requireDuration(watchOptions.intervalMs ?? 1_000, "intervalMs", "watchCall");
      const signal = watchOptions.signal ?? new AbortController().signal;
      let last: string | undefined;
      for (;;) {
        const status = await client.getCallStatus(id, { signal });
        const key = `${status.status} ${status.isdnCode}`;
        if (key !== last) {
          last = key;
          yield status;
        }
        if (status.status === "Finished") return;
        await sleep(intervalMs, signal);
      }
    },
  };
  return client;
}
