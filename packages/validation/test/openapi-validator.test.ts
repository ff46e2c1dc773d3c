import { partnerApiDocument, voiceApiDocument } from "@ccaas/types/specs";
import { describe, expect, it } from "vitest";
import { createOpenApiValidator } from "../src/index";

const partner = createOpenApiValidator(partnerApiDocument);
const partnerId = "215fd887-39be-4935-981f-2670d6afeaa7";
const headers = { "X-Resource-Template-Version": "1", authorization: "Basic Y2xpZW50OnNlY3JldA==" };
const provider = {
  name: "acme-voice",
  accept_call_url: "https://adapter.acme.example/calls/accept",
  end_call_url: "https://adapter.acme.example/calls/end",
  hold_call_url: "https://adapter.acme.example/calls/hold",
  resume_call_url: "https://adapter.acme.example/calls/resume",
  mute_call_url: "https://adapter.acme.example/calls/mute",
  unmute_call_url: "https://adapter.acme.example/calls/unmute",
  access_token_url: "https://adapter.acme.example/token",
};

describe("match", () => {
  it("finds an operation and its path parameters", () => {
    const found = partner.match("post", `/partners/${partnerId}/voiceproviders`);
    expect(found).toMatchObject({
      kind: "operation",
      operation: { operationId: "createVoiceProvider" },
      params: { partnerId },
    });
  });

  it("prefers the literal path over a templated one", () => {
    expect(partner.match("GET", "/api/v2/users/me/station")).toMatchObject({
      operation: { operationId: "getMyStation" },
    });
  });

  it("tells a wrong method from an unknown path", () => {
    expect(partner.match("PUT", `/partners/${partnerId}/voiceproviders`)).toEqual({
      kind: "method-not-allowed",
      allowed: ["GET", "POST"],
    });
    expect(partner.match("GET", "/nowhere")).toEqual({ kind: "not-found" });
  });
});

describe("validateRequest", () => {
  const request = (body: unknown, extraHeaders: Record<string, string> = headers) => ({
    params: { partnerId },
    headers: extraHeaders,
    hasBody: true,
    body,
  });

  it("accepts the seed's body", () => {
    expect(partner.validateRequest("createVoiceProvider", request(provider))).toEqual([]);
  });

  it("names each missing, unknown or malformed field", () => {
    const { access_token_url: _dropped, ...missing } = provider;
    const issues = partner.validateRequest(
      "createVoiceProvider",
      request({ ...missing, acceptCallUrl: "x", end_call_url: 5 }),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        { in: "body", path: "/access_token_url", message: "is required" },
        {
          in: "body",
          path: "/acceptCallUrl",
          message: "is not a known field: remove it or check its spelling",
        },
        { in: "body", path: "/end_call_url", message: "must be string" },
      ]),
    );
  });

  it("requires the template-version header and a well-formed path parameter", () => {
    const issues = partner.validateRequest("createVoiceProvider", {
      params: { partnerId: "not-a-uuid" },
      headers: {},
      hasBody: true,
      body: provider,
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        { in: "header", path: "x-resource-template-version", message: "is required" },
        { in: "path", path: "partnerId", message: "must be a valid uuid" },
      ]),
    );
  });

  it("reports a missing body", () => {
    expect(
      partner.validateRequest("createVoiceProvider", { params: { partnerId }, headers, hasBody: false }),
    ).toEqual([{ in: "body", path: "/", message: "a JSON request body is required" }]);
  });

  it("lists the allowed values of a broken enum", () => {
    const voice = createOpenApiValidator(voiceApiDocument);
    const issues = voice.validateRequest("createCall", {
      hasBody: true,
      body: {
        token: "t",
        codCampaign: "0",
        api_key: "OMN-04-2908-000-000000",
        call_destination: "5511980121511",
        call_type: "abroad",
        call_cid: "554830037656",
        call_recorder: "1",
      },
    });
    expect(issues).toEqual([
      { in: "body", path: "/call_type", message: "must be one of: external, internal" },
    ]);
  });
});

describe("validateResponse", () => {
  it("accepts a body that matches the documented status", () => {
    expect(
      partner.validateResponse("createVoiceProvider", 201, { id: "394e3814-7562-4f25-a854-2b74e91ad15a" }),
    ).toEqual([]);
  });

  it("rejects a body that breaks the schema, and an undocumented status", () => {
    expect(partner.validateResponse("createVoiceProvider", 201, { uuid: "x" })).toContainEqual({
      path: "/id",
      message: "is required",
    });
    expect(partner.validateResponse("createVoiceProvider", 418, {})).toEqual([
      { path: "/", message: "status 418 is not a documented response of createVoiceProvider" },
    ]);
  });

  it("checks a response without a body stays empty", () => {
    expect(partner.validateResponse("deleteVoiceProvider", 204, undefined)).toEqual([]);
    expect(partner.validateResponse("deleteVoiceProvider", 204, { id: "x" })).toHaveLength(1);
  });
});
