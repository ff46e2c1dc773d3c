/**
 * msw handlers for the partner API, typed from the generated paths, with just enough state for the client's
 * flows (voice providers, phone numbers, idempotency keys, agent calls).
 *
 * TODO: these move onto `@ccaas/sandbox/msw` (the sandbox's msw bridge, which validates every request and
 * response against specs/) once it lands; this file then shrinks to `setupPartnerServer()`.
 */
import type { PartnerApiErrorBody, PartnerApiPaths, PhoneNumber, VoiceProvider } from "@ccaas/types";
import { HttpResponse, type HttpResponseResolver, http } from "msw";
import { type SetupServer, setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect } from "vitest";

export const baseUrl = "https://partner.test";
export const partnerId = "215fd887-39be-4935-981f-2670d6afeaa7";
export const clientId = "acme-client";
export const clientSecret = "s3cr3t-Value-42";
export const templateVersion = "1";
export const agentToken = "agent.jwt.token-value";
export const phoneNumberIds = [
  "7c0f9a52-3d1e-4b8a-9f6e-2a5d8c4b1e07",
  "0b6e2f84-91c7-4d35-a8e2-6f1d3c9b7a45",
];

type Method = "get" | "post" | "patch" | "delete";
type Operation<P extends keyof PartnerApiPaths, M extends Method> = NonNullable<PartnerApiPaths[P][M]>;
type RequestBodyOf<O> = O extends { requestBody: { content: { "application/json": infer Body } } }
  ? Body
  : never;
type ResponseBodyOf<O> = O extends { responses: infer R }
  ? { [S in keyof R]: R[S] extends { content: { "application/json": infer Json } } ? Json : null }[keyof R]
  : never;
type ParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}`
  ? Name | ParamNames<Rest>
  : never;

/** `http[method]` for a spec path: params, request body and response body typed from the spec. */
export function route<P extends keyof PartnerApiPaths, M extends Method>(
  method: M,
  path: P,
  resolver: HttpResponseResolver<
    Record<ParamNames<P>, string>,
    RequestBodyOf<Operation<P, M>>,
    ResponseBodyOf<Operation<P, M>>
  >,
) {
  return http[method](`${baseUrl}${path.replace(/\{(\w+)\}/g, ":$1")}`, resolver);
}

export const expectedBasic = `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}`;

function errorBody(status: number, code: string, message: string, headers?: Record<string, string>) {
  const requestId = `req_${crypto.randomUUID().slice(0, 8)}`;
  return HttpResponse.json<PartnerApiErrorBody>(
    { code, message, request_id: requestId },
    { status, headers: { "x-request-id": requestId, ...headers } },
  );
}

/** Auth and template-version checks every partner route makes; a Response when the request fails them. */
function rejectPartner(request: Request, params: { partnerId?: string }) {
  if (request.headers.get("authorization") !== expectedBasic) {
    return errorBody(
      401,
      "unauthorized",
      "The credentials are missing or invalid. Check the client id and secret.",
    );
  }
  if (!request.headers.get("x-resource-template-version")) {
    return errorBody(400, "validation_failed", "x-resource-template-version is required.");
  }
  if (params.partnerId !== partnerId) return errorBody(404, "not_found", `No partner ${params.partnerId}.`);
  return undefined;
}

function rejectAgent(request: Request) {
  if (request.headers.get("authorization") !== `Bearer ${agentToken}`) {
    return errorBody(401, "unauthorized", "The agent token is missing or invalid.");
  }
  return undefined;
}

/** An in-memory partner platform: its handlers, its state, and every request it saw (cloned). */
export function createPartnerPlatform() {
  const voiceProviders = new Map<string, VoiceProvider>();
  const phoneNumbers = new Map<string, PhoneNumber>(
    phoneNumberIds.map((id, index) => [
      id,
      { id, phone_number: `+1800555010${index}`, type: "toll_free", voice_provider_id_resource_uri: null },
    ]),
  );
  const idempotent = new Map<string, { id: string }>();
  const requests: Request[] = [];
  const record = (request: Request) => requests.push(request.clone());

  const handlers = [
    route("post", "/partners/{partnerId}/voiceproviders", async ({ request, params }) => {
      record(request);
      const rejected = rejectPartner(request, params);
      if (rejected) return rejected;
      const key = request.headers.get("idempotency-key");
      const previous = key === null ? undefined : idempotent.get(key);
      if (previous) return HttpResponse.json(previous, { status: 201 });
      const body = await request.json();
      if ([...voiceProviders.values()].some((provider) => provider.name === body.name)) {
        return errorBody(
          409,
          "conflict",
          `A voice provider named "${body.name}" already exists for this partner.`,
        );
      }
      const id = crypto.randomUUID();
      voiceProviders.set(id, { id, ...body });
      if (key !== null) idempotent.set(key, { id });
      return HttpResponse.json({ id }, { status: 201, headers: { "x-request-id": "req_created" } });
    }),
    route("get", "/partners/{partnerId}/voiceproviders", ({ request, params }) => {
      record(request);
      return rejectPartner(request, params) ?? HttpResponse.json({ items: [...voiceProviders.values()] });
    }),
    route("get", "/partners/{partnerId}/voiceproviders/{voiceProviderId}", ({ request, params }) => {
      record(request);
      const provider = voiceProviders.get(params.voiceProviderId);
      return (
        rejectPartner(request, params) ??
        (provider ? HttpResponse.json(provider) : errorBody(404, "not_found", "No such voice provider."))
      );
    }),
    route("patch", "/partners/{partnerId}/voiceproviders/{voiceProviderId}", async ({ request, params }) => {
      record(request);
      const rejected = rejectPartner(request, params);
      if (rejected) return rejected;
      const provider = voiceProviders.get(params.voiceProviderId);
      if (!provider) return errorBody(404, "not_found", "No such voice provider.");
      const updated = { ...provider, ...(await request.json()) };
      voiceProviders.set(provider.id, updated);
      return HttpResponse.json(updated);
    }),
    route("delete", "/partners/{partnerId}/voiceproviders/{voiceProviderId}", ({ request, params }) => {
      record(request);
      const rejected = rejectPartner(request, params);
      if (rejected) return rejected;
      if (!voiceProviders.delete(params.voiceProviderId))
        return errorBody(404, "not_found", "No such voice provider.");
      return new HttpResponse(null, { status: 204 });
    }),
    route("get", "/partners/{partnerId}/phonenumbers", ({ request, params }) => {
      record(request);
      return rejectPartner(request, params) ?? HttpResponse.json({ items: [...phoneNumbers.values()] });
    }),
    route("post", "/partners/{partnerId}/phonenumbers/{phoneNumberId}", async ({ request, params }) => {
      record(request);
      const rejected = rejectPartner(request, params);
      if (rejected) return rejected;
      const number = phoneNumbers.get(params.phoneNumberId);
      if (!number) return errorBody(404, "not_found", "No such phone number.");
      const { voice_provider_id_resource_uri: uri } = await request.json();
      const providerId = uri.split("/").at(-1) ?? "";
      if (!uri.startsWith(`/partners/${partnerId}/voiceproviders/`) || !voiceProviders.has(providerId)) {
        return errorBody(
          404,
          "not_found",
          "voice_provider_id_resource_uri names no voice provider of this partner.",
        );
      }
      const associated = { ...number, voice_provider_id_resource_uri: uri };
      phoneNumbers.set(number.id, associated);
      return HttpResponse.json(associated);
    }),
    route("post", "/api/v2/conversations/calls", ({ request }) => {
      record(request);
      const id = crypto.randomUUID();
      return rejectAgent(request) ?? HttpResponse.json({ id, selfUri: `/api/v2/conversations/calls/${id}` });
    }),
    route("get", "/api/v2/users/me/station", ({ request }) => {
      record(request);
      return (
        rejectAgent(request) ??
        HttpResponse.json({
          id: "9d1f3c5e-7a2b-4c8d-b6e4-0f2a8c1d5e73",
          name: "WebRTC - testAgent",
          userId: "b2d5f8a1-6c3e-4f7a-9d2b-5e8c1a4f7b30",
          type: "inin_webrtc_softphone",
          status: "ASSOCIATED",
          webRtcCallAppearances: 100,
          webRtcPersistentEnabled: false,
        })
      );
    }),
  ];

  return { handlers, voiceProviders, phoneNumbers, requests };
}

/**
 * Starts an msw server for the file's tests. Unhandled requests fail the test: msw 3's `onUnhandledFrame`
 * rejects them (the client then throws), and they are also collected and asserted empty after each test, so
 * a test that expects a NetworkError cannot pass because of a missing handler.
 */
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
