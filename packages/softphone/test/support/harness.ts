/**
 * A softphone wired to the package's own fakes (`@ccaas/softphone/testing`): fake signaling, fake WebRTC and
 * a stand-in partner API client whose answers the test controls (to order the REST answer against the
 * pending session). Records every softphone event.
 */
import type { PartnerClient } from "@ccaas/partner-api";
import type { StartSoftphoneSessionParams, UpdateParticipantRequest } from "@ccaas/types";
import { createSoftphone } from "../../src/create-softphone";
import type { SoftphoneEvents } from "../../src/events";
import type { SoftphoneOptions } from "../../src/options";
import type { Softphone } from "../../src/softphone";
import { createFakeRtc, type FakeRtc } from "../../src/testing/fake-rtc";
import {
  createFakeSignaling,
  type FakeSignaling,
  type FakeSignalingOptions,
} from "../../src/testing/fake-signaling";

export const eventNames: (keyof SoftphoneEvents)[] = [
  "pendingSession",
  "cancelPendingSession",
  "handledPendingSession",
  "sessionStarted",
  "sessionEnded",
  "conversationUpdate",
  "station",
  "concurrentSoftphoneSessionsEnabled",
  "connected",
  "disconnected",
  "reconnecting",
  "error",
];

export type Recorded = {
  [Name in keyof SoftphoneEvents]: [Name, SoftphoneEvents[Name]];
}[keyof SoftphoneEvents];

export interface PlaceCallRequest {
  body: StartSoftphoneSessionParams;
  headers: Record<string, string>;
  /** Answers the request (REST answer) with this conversation id. */
  answer(conversationId: string): void;
  fail(error: unknown): void;
}

export interface Harness {
  softphone: Softphone;
  signaling: FakeSignaling;
  rtc: FakeRtc;
  events: Recorded[];
  names(): string[];
  of<Name extends keyof SoftphoneEvents>(name: Name): SoftphoneEvents[Name][];
  /** placeCall requests, in order; answer them when the test wants. */
  placed: PlaceCallRequest[];
  /** updateConversationParticipant calls. */
  updates: { conversationId: string; participantId: string; body: UpdateParticipantRequest }[];
}

/** Lets timers of 0 ms and microtasks run. */
export async function flush(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

export async function waitFor<T>(
  check: () => T | undefined | false,
  what = "condition",
  timeoutMs = 2000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

export async function connect(
  options: Partial<SoftphoneOptions> = {},
  fakeOptions: FakeSignalingOptions = {},
): Promise<Harness> {
  const signaling = createFakeSignaling(fakeOptions);
  const rtc = createFakeRtc();
  const placed: PlaceCallRequest[] = [];
  const updates: Harness["updates"] = [];
  const partnerClient = {
    raw: {
      POST: (
        _path: string,
        init: { params: { header: Record<string, string> }; body: StartSoftphoneSessionParams },
      ) =>
        new Promise((resolve, reject) => {
          placed.push({
            body: init.body,
            headers: init.params.header,
            answer: (id) => resolve({ data: { id, selfUri: `/api/v2/conversations/calls/${id}` } }),
            fail: reject,
          });
        }),
    },
    updateConversationParticipant: async (
      conversationId: string,
      participantId: string,
      body: UpdateParticipantRequest,
    ) => {
      updates.push({ conversationId, participantId, body });
      return undefined;
    },
  } as unknown as PartnerClient;
  const softphone = createSoftphone({
    platformUrl: "http://platform.test:4700",
    accessToken: "agent-token-1",
    signalingTransport: signaling.transport,
    rtc: rtc.rtc,
    partnerClient,
    reconnect: { initialDelayMs: 5, maxDelayMs: 20 },
    ...options,
  });
  const events: Recorded[] = [];
  for (const name of eventNames) {
    softphone.on(name, ((payload: never) => events.push([name, payload] as Recorded)) as never);
  }
  await softphone.initialize();
  return {
    softphone,
    signaling,
    rtc,
    events,
    names: () => events.map(([name]) => name),
    of: (name) => events.filter(([n]) => n === name).map(([, payload]) => payload) as never,
    placed,
    updates,
  };
}
