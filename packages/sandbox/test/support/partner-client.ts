/** Plain-fetch helpers for the partner API, as a third-party developer would write them. */
import type { Sandbox } from "../../src/start-sandbox";

export function partnerHeaders(sandbox: Sandbox, extra: Record<string, string> = {}): Record<string, string> {
  const { clientId, clientSecret, templateVersion } = sandbox.control.info().partnerApi;
  return {
    authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}`,
    "x-resource-template-version": templateVersion,
    "content-type": "application/json",
    ...extra,
  };
}

export function partnerFetch(
  sandbox: Sandbox,
  method: string,
  path: string,
  body?: unknown,
  extra: Record<string, string> = {},
): Promise<Response> {
  const partnerId = sandbox.control.info().partnerApi.partnerId;
  return fetch(`${sandbox.urls.partnerApi}/partners/${partnerId}${path}`, {
    method,
    headers: partnerHeaders(sandbox, extra),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

export function agentFetch(
  sandbox: Sandbox,
  token: string,
  method: string,
  path: string,
  body?: unknown,
  extra: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${sandbox.urls.partnerApi}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      "x-resource-template-version": sandbox.control.info().partnerApi.templateVersion,
      "content-type": "application/json",
      ...extra,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

export function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

export const adapterUrls = {
  accept_call_url: "https://adapter.acme.example/calls/accept",
  end_call_url: "https://adapter.acme.example/calls/end",
  hold_call_url: "https://adapter.acme.example/calls/hold",
  resume_call_url: "https://adapter.acme.example/calls/resume",
  mute_call_url: "https://adapter.acme.example/calls/mute",
  unmute_call_url: "https://adapter.acme.example/calls/unmute",
  access_token_url: "https://adapter.acme.example/token",
};
