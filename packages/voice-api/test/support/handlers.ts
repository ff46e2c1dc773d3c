/**
 * msw handlers for the Voice API, typed from the generated paths, with the state the client's flows need:
 * logins and token expiry, the token-first rule, a web phone that is online or not, and calls that move
 * Setup -> Dialing -> Answered -> Finished one step per Call/Status poll.
 *
 * TODO: these move onto `@ccaas/sandbox/msw` (the sandbox's msw bridge, which validates every request and
 * response against specs/) once it lands; this file then shrinks to `setupVoiceServer()`.
 */
import type {
  CallServerInfo,
  RawCallStatus,
  VoiceApiErrorBody,
  VoiceApiPaths,
  VoiceCallState,
} from "@ccaas/types";
import { HttpResponse, type HttpResponseResolver, http } from "msw";
import { type SetupServer, setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect } from "vitest";

export const baseUrl = "https://voice.test/Voice";
export const login = "flex";
export const password = "12345678-Secret";
export const codCampaign = "0";
/** The campaign whose Call/Status answers in the seed example's voice_* form. */
export const legacyCampaign = "legacy";

export const callServer: CallServerInfo = {
  rtcSignalingServer: "rtc1.inov8.cloud",
  rtcMediaServer: "rtc1.inov8.cloud",
  rtcSignalingPort: "5060",
  rtcWsServer: "wss://rtc1.inov8.cloud:8089/ws",
  rtcURIAddr: "sip:5d67e9cce687049f9866d55c@rtc1.inov8.cloud",
  rtcUAUsername: "5d67e9cce687049f98000000c",
  rtcUAPassword: "sip-Pa55word",
  api_key: "OMN-04-2908-000-000000",
  caller_ident_external: "554800037656",
  agent_id: "5d67e9cce687049f9866d000",
};

type Path = keyof VoiceApiPaths;
type Operation<P extends Path> = NonNullable<VoiceApiPaths[P]["post"]>;
type RequestBodyOf<O> = O extends { requestBody: { content: { "application/json": infer Body } } }
  ? Body
  : never;
type ResponseBodyOf<O> = O extends { responses: infer R }
  ? { [S in keyof R]: R[S] extends { content: { "application/json": infer Json } } ? Json : never }[keyof R]
  : never;

/** `http.post` for a spec path: request and response bodies typed from the spec. */
export function route<P extends Path>(
  path: P,
  resolver: HttpResponseResolver<
    Record<string, never>,
    RequestBodyOf<Operation<P>>,
    ResponseBodyOf<Operation<P>>
  >,
) {
  return http.post(`${baseUrl}${path}`, resolver);
}

export function voiceError(status: number, error: VoiceApiErrorBody["error"], message: string) {
  return HttpResponse.json<VoiceApiErrorBody[]>([{ error, message }], { status });
}

const progression: VoiceCallState[] = ["Setup", "Dialing", "Answered", "Finished"];

export interface VoicePlatformOptions {
  /** Token lifetime the server enforces and announces (`expires_in`), in ms. Default 6 hours. */
  tokenLifetimeMs?: number;
  /** The server's clock. Default Date.now. */
  now?: () => number;
  /** Whether a web phone is registered (else Call/Create answers NO_ENDPOINT_REGISTERED). */
  webPhoneOnline?: boolean;
}

export function createVoicePlatform(options: VoicePlatformOptions = {}) {
  const now = options.now ?? Date.now;
  const lifetimeMs = options.tokenLifetimeMs ?? 6 * 60 * 60 * 1000;
  const state = {
    logins: 0,
    webPhoneOnline: options.webPhoneOnline ?? true,
    tokens: new Map<string, number>(),
    calls: new Map<string, { polls: number; campaign: string }>(),
    /** Raw request bodies, in order, as "<path> <body>". */
    bodies: [] as Array<{ path: string; body: string }>,
  };

  /** Reads the raw body; answers 401 unless `token` is its FIRST field and is valid. */
  async function authorise(request: Request, path: string) {
    const text = await request.clone().text();
    state.bodies.push({ path, body: text });
    const match = /^\{"token":"([^"]*)"/.exec(text);
    const expiresAt = match ? state.tokens.get(match[1] ?? "") : undefined;
    if (expiresAt === undefined) {
      return voiceError(
        401,
        "INVALID_TOKEN",
        "The token is invalid. Send the token from Login as the first field of the JSON body.",
      );
    }
    if (now() >= expiresAt) {
      return voiceError(
        401,
        "TOKEN_EXPIRED",
        "The token has expired (tokens last at most 6 hours). Log in again.",
      );
    }
    return undefined;
  }

  const handlers = [
    route("/Login", async ({ request }) => {
      const body = await request.json();
      state.bodies.push({ path: "/Login", body: JSON.stringify(body) });
      if (body.login !== login || body.password !== password) {
        return voiceError(401, "INVALID_CREDENTIALS", "Login or password is invalid.");
      }
      state.logins += 1;
      const token = `tok-${state.logins}-${crypto.randomUUID()}`;
      state.tokens.set(token, now() + lifetimeMs);
      return HttpResponse.json([{ token, expires_in: Math.round(lifetimeMs / 1000) }]);
    }),
    route("/Call/Server", async ({ request }) => {
      return (await authorise(request, "/Call/Server")) ?? HttpResponse.json([callServer]);
    }),
    route("/Call/Create", async ({ request }) => {
      const rejected = await authorise(request, "/Call/Create");
      if (rejected) return rejected;
      if (!state.webPhoneOnline) {
        return voiceError(
          409,
          "NO_ENDPOINT_REGISTERED",
          "No web phone is registered. Configure the WebRTC web phone.",
        );
      }
      const body = await request.json();
      const id = crypto.randomUUID().replaceAll("-", "").slice(0, 24);
      state.calls.set(id, { polls: 0, campaign: body.codCampaign });
      return HttpResponse.json([{ _id: id }]);
    }),
    route("/Call/Status", async ({ request }) => {
      const rejected = await authorise(request, "/Call/Status");
      if (rejected) return rejected;
      const body = await request.json();
      const call = state.calls.get(body._id);
      if (!call) return voiceError(404, "CALL_NOT_FOUND", `No call with _id ${body._id}.`);
      // Setup twice, then one step per poll.
      const status = progression[Math.max(0, Math.min(call.polls - 1, progression.length - 1))] ?? "Setup";
      call.polls += 1;
      const finished = status === "Finished";
      const answer: RawCallStatus =
        call.campaign === legacyCampaign
          ? {
              _id: body._id,
              voice_status: finished ? body._id : status,
              voice_code_result: finished ? "16" : "",
              voice_text_result: finished ? "Normal Clearing" : "",
            }
          : {
              _id: body._id,
              status,
              isdn_code: finished ? "16" : "",
              isdn_reason: finished ? "Normal Clearing" : "",
            };
      return HttpResponse.json([answer]);
    }),
  ];
  return { handlers, state };
}

/** Starts an msw server for the file's tests; an unhandled request fails the test (see partner-api's twin). */
export function useMswServer(): SetupServer {
  const server = setupServer();
  const unhandled: string[] = [];
  beforeAll(() =>
    server.listen({
      onUnhandledFrame({ frame, defaults }) {
        const request = (frame.data as { request?: Request }).request;
        unhandled.push(request ? `${request.method} ${request.url}` : frame.protocol);
        defaults.error();
      },
    }),
  );
  afterEach(() => {
    server.resetHandlers();
    expect(unhandled.splice(0), "requests without an msw handler").toEqual([]);
  });
  afterAll(() => server.close());
  return server;
}
