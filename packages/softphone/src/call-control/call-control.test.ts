import { ApiError, type Conversation } from "@ccaas/types";
import { afterEach, describe, expect, it } from "vitest";
import { connect, type Harness } from "../../test/support/harness";
import type { CallControl, CallControlRequest, VoiceAdapterUrls } from "./call-control";
import { createVoiceAdapterCallControl } from "./voice-adapter-call-control";

const base = "https://adapter.test";
const voiceProvider: VoiceAdapterUrls = {
  accept_call_url: `${base}/calls/accept`,
  end_call_url: `${base}/calls/end`,
  hold_call_url: `${base}/calls/hold`,
  resume_call_url: `${base}/calls/resume`,
  mute_call_url: `${base}/calls/mute`,
  unmute_call_url: `${base}/calls/unmute`,
  access_token_url: `${base}/token`,
};

interface Seen {
  path: string;
  authorization: string | null;
  body: unknown;
}

/** A voice adapter as a fetch function: answers the token route and the call routes, records each request. */
function fakeAdapter(options: { expiresIn?: number; rejectFirstCallWith401?: boolean } = {}) {
  const seen: Seen[] = [];
  let tokens = 0;
  let rejected = false;
  const fetch = async (request: Request): Promise<Response> => {
    const path = new URL(request.url).pathname;
    seen.push({ path, authorization: request.headers.get("authorization"), body: await request.json() });
    const json = (status: number, body: object) =>
      new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
    if (path === "/token") {
      tokens += 1;
      return json(200, {
        token: `adapter-token-${tokens}`,
        ...(options.expiresIn ? { expiresIn: options.expiresIn } : {}),
      });
    }
    if (options.rejectFirstCallWith401 && !rejected) {
      rejected = true;
      return json(401, { status: "Error", code: "unauthorized", message: "Token unknown." });
    }
    return json(200, { status: "Success" });
  };
  return { fetch, seen };
}

const request: CallControlRequest = {
  conversationId: "5a974dd7-475a-41c0-a027-bfdf09627b13",
  agentParticipantId: "4a70a876-bf90-4360-92c3-0edd7463c691",
  userName: "testAgent",
  participantIds: ["6e312815-2d32-409b-9c57-f9e79e7baf49"],
  conversation: {} as Conversation,
};
const author = { userName: "testAgent", participantId: request.agentParticipantId };

describe("voice adapter call control (specs/voice-adapter.yaml)", () => {
  it("gets the adapter token with the agent's JWT, then calls each URL with the spec's bodies", async () => {
    const adapter = fakeAdapter({ expiresIn: 3600 });
    const control = createVoiceAdapterCallControl({
      voiceProvider,
      accessToken: "agent-jwt",
      fetch: adapter.fetch,
    });
    await control.accept(request);
    await control.setHeld({ ...request, participantIds: request.participantIds }, true);
    await control.setHeld(request, false);
    await control.setMuted({ ...request, participantIds: [request.agentParticipantId] }, true);
    await control.setMuted(request, false);
    await control.end(request);
    const { conversationId } = request;
    const customer = request.participantIds[0];
    expect(adapter.seen).toEqual([
      { path: "/token", authorization: "Bearer agent-jwt", body: { agentLogonName: "testAgent" } },
      { path: "/calls/accept", authorization: "Bearer adapter-token-1", body: { conversationId, author } },
      {
        path: "/calls/hold",
        authorization: "Bearer adapter-token-1",
        body: { conversationId, participantId: customer, author },
      },
      {
        path: "/calls/resume",
        authorization: "Bearer adapter-token-1",
        body: { conversationId, participantId: customer, author },
      },
      {
        path: "/calls/mute",
        authorization: "Bearer adapter-token-1",
        body: { conversationId, participantId: author.participantId, author },
      },
      {
        path: "/calls/unmute",
        authorization: "Bearer adapter-token-1",
        body: { conversationId, participantId: author.participantId, author },
      },
      {
        path: "/calls/end",
        authorization: "Bearer adapter-token-1",
        body: { conversationId, removeAllParticipants: false, participantId: author.participantId, author },
      },
    ]);
  });

  it("fetches a new token once when the adapter answers 401", async () => {
    const adapter = fakeAdapter({ rejectFirstCallWith401: true });
    const control = createVoiceAdapterCallControl({
      voiceProvider,
      accessToken: async () => "agent-jwt-fresh",
      fetch: adapter.fetch,
    });
    await control.setHeld(request, true);
    expect(adapter.seen.map((s) => [s.path, s.authorization])).toEqual([
      ["/token", "Bearer agent-jwt-fresh"],
      ["/calls/hold", "Bearer adapter-token-1"],
      ["/token", "Bearer agent-jwt-fresh"],
      ["/calls/hold", "Bearer adapter-token-2"],
    ]);
  });

  it("an adapter error is an ApiError with the adapter's code, without the tokens", async () => {
    const control = createVoiceAdapterCallControl({
      voiceProvider,
      accessToken: "agent-jwt-secret",
      fetch: async (req) =>
        new URL(req.url).pathname === "/token"
          ? new Response(JSON.stringify({ token: "adapter-secret-token" }), {
              headers: { "content-type": "application/json" },
            })
          : new Response(
              JSON.stringify({
                status: "Error",
                code: "upstream_failed",
                message: "adapter-secret-token failed",
              }),
              {
                status: 502,
                headers: { "content-type": "application/json" },
              },
            ),
    });
    const error = await control.end(request).catch((e: unknown) => e);
    expect(ApiError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: 502, code: "upstream_failed" });
    expect(String((error as Error).message)).not.toContain("adapter-secret-token");
  });
});

describe("the softphone with each call control", () => {
  let harness: Harness | undefined;
  afterEach(async () => {
    await harness?.softphone.destroy();
    harness = undefined;
  });

  async function inboundCall(h: Harness) {
    const call = h.signaling.call();
    h.signaling.conversationEvent(call.conversation);
    const sessionId = h.signaling.propose(call);
    await h.softphone.acceptPendingSession({ conversationId: call.id });
    h.signaling.initiate(sessionId, call.id);
    await h.softphone.acceptSession({ conversationId: call.id });
    return call;
  }

  it("voiceAdapter: accept after the answer, hold the customer, mute and end the agent", async () => {
    const adapter = fakeAdapter();
    harness = await connect({ callControl: "voiceAdapter", voiceProvider, fetch: adapter.fetch });
    const call = await inboundCall(harness);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await harness.softphone.setConversationHeld({ conversationId: call.id, held: true });
    await harness.softphone.setAudioMute({ conversationId: call.id, mute: true });
    await harness.softphone.endSession({ conversationId: call.id });
    expect(adapter.seen.map((s) => s.path)).toEqual([
      "/token",
      "/calls/accept",
      "/calls/hold",
      "/calls/mute",
      "/calls/end",
    ]);
    expect(adapter.seen[2]?.body).toMatchObject({ participantId: call.customerParticipantId });
    expect(adapter.seen[3]?.body).toMatchObject({ participantId: call.agentParticipantId });
    expect(harness.updates).toEqual([]); // the platform API was not used
  });

  it("a custom implementation gets the same requests", async () => {
    const calls: string[] = [];
    const custom: CallControl = {
      accept: async (r) => void calls.push(`accept ${r.agentParticipantId}`),
      end: async (r) => void calls.push(`end ${r.participantIds.join()}`),
      setHeld: async (r, held) => void calls.push(`held=${held} ${r.participantIds.join()}`),
      setMuted: async (r, muted) => void calls.push(`muted=${muted} ${r.participantIds.join()}`),
    };
    harness = await connect({ callControl: custom });
    const call = await inboundCall(harness);
    await harness.softphone.setConversationHeld({ conversationId: call.id, held: false });
    await harness.softphone.endSession({ conversationId: call.id });
    expect(calls).toEqual([
      `accept ${call.agentParticipantId}`,
      `held=false ${call.customerParticipantId}`,
      `end ${call.agentParticipantId}`,
    ]);
  });

  it("a failing accept_call_url is an error event, not a broken call", async () => {
    harness = await connect({
      callControl: createVoiceAdapterCallControl({
        voiceProvider,
        accessToken: "agent-jwt",
        fetch: async () => new Response("", { status: 503 }),
      }),
    });
    const call = await inboundCall(harness);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(harness.of("error")[0]).toMatchObject({ name: "ApiError", status: 503 });
    expect(harness.softphone.getSession(call.id)?.state).toBe("active");
  });

  it("voiceAdapter without voiceProvider is refused when the softphone is created", async () => {
    await expect(connect({ callControl: "voiceAdapter" })).rejects.toMatchObject({
      code: "invalid_argument",
    });
  });

  it("refuses bad options when the softphone is created", async () => {
    await expect(connect({ platformUrl: "ftp://x" })).rejects.toMatchObject({ code: "invalid_argument" });
    await expect(connect({ accessToken: "" })).rejects.toMatchObject({ code: "invalid_argument" });
  });
});
