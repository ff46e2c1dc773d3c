/** `createSoftphone`: wires signaling, the session state machine, media and call control together. */
import { CcaasError, TypedEmitter } from "@ccaas/types";
import { lazyCallControl } from "./call-control/lazy-call-control";
import { SessionError } from "./errors/session-error";
import type { SoftphoneEvents } from "./events";
import { createLog } from "./logger";
import { createAudioElement, openMicrophone } from "./media/devices";
import type { SoftphoneOptions } from "./options";
import { unknownConversation } from "./sessions/pending-session";
import { SessionManager } from "./sessions/session-manager";
import type { CallSession } from "./sessions/softphone-session";
import { SignalingClient } from "./signaling/signaling-client";
import { webSocketTransport } from "./signaling/signaling-transport";
import type { Softphone } from "./softphone";
import type { AcceptSessionParams } from "./types";

const invalid = (message: string): never => {
  throw new SessionError(`createSoftphone: ${message}`, { code: "invalid_argument" });
};

const randomId = (): string =>
  globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/**
 * Creates a softphone. Nothing connects until `initialize()`; nothing touches `window`, `navigator` or
 * WebRTC until a call needs them, so it is safe to create during server rendering.
 *
 * @example
 * const softphone = createSoftphone({ platformUrl: "http://127.0.0.1:4700", accessToken });
 * softphone.on("pendingSession", ({ conversationId }) => softphone.acceptPendingSession({ conversationId }));
 * softphone.on("sessionStarted", ({ conversationId }) => softphone.acceptSession({ conversationId }));
 * await softphone.initialize();
 */
export function createSoftphone(options: SoftphoneOptions): Softphone {
  const { platformUrl, accessToken, rtc } = options ?? invalid("options must be an object.");
  if (!/^https?:\/\/[^/]/.test(String(platformUrl))) invalid("platformUrl must be an http(s) URL.");
  if (typeof accessToken !== "function" && !(typeof accessToken === "string" && accessToken)) {
    invalid("accessToken must be the agent's token, or a function returning it.");
  }
  if (options.callControl === "voiceAdapter" && !options.voiceProvider) {
    invalid('callControl "voiceAdapter" needs voiceProvider (its adapter URLs).');
  }
  const { log, secret } = createLog(options.logger);
  secret(typeof accessToken === "string" ? accessToken : undefined);
  const clientId = options.clientId ?? randomId();
  let audioDeviceId = options.defaultAudioDeviceId;
  let outputDeviceId = options.defaultOutputDeviceId;

  const report = (error: unknown): void => {
    const failure = CcaasError.isInstance(error)
      ? error
      : new SessionError("The softphone failed unexpectedly; see the cause.", {
          code: "internal_error",
          cause: error,
        });
    if (emitter.listenerCount("error") > 0) emitter.emit("error", failure);
    else log.error?.(`softphone: ${failure.message}`);
  };
  const listenerError = (error: unknown, event: string): void => {
    if (event === "error") log.error?.(`softphone: an "error" listener threw: ${String(error)}`);
    else
      report(
        new SessionError(`A "${event}" listener threw; the softphone carried on.`, {
          code: "listener_error",
          cause: error,
        }),
      );
  };
  const emitter = new TypedEmitter<SoftphoneEvents>(listenerError);
  const guard = (task: () => void): void => {
    try {
      task();
    } catch (error) {
      report(error);
    }
  };

  const { partnerClient, callControl } = lazyCallControl(options);

  const url = new URL(platformUrl);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  url.pathname = `${url.pathname.replace(/\/$/, "")}/signaling`;
  const signaling: SignalingClient = new SignalingClient(
    {
      url: options.signalingUrl ?? url.toString(),
      clientId,
      token: async () => (typeof accessToken === "function" ? accessToken() : accessToken),
      transport: options.signalingTransport ?? webSocketTransport,
      reconnect: options.reconnect ?? {},
      log: { log, secret },
    },
    {
      ready: (message, reconnected) => {
        guard(() => manager.ready(message.agent, message.station, message.conversations, reconnected));
        emitter.emit("connected", { reconnected });
      },
      message: (message) => guard(() => manager.handle(message)),
      disconnected: (code, reason, willReconnect) =>
        emitter.emit("disconnected", { code, reason, willReconnect }),
      reconnecting: (attempt, delayMs) => emitter.emit("reconnecting", { attempt, delayMs }),
      failed: report,
    },
  );

  const acceptSession = async (params: AcceptSessionParams): Promise<void> => {
    const session = manager.session(params.conversationId);
    if (session.state !== "starting") return;
    session.setState("accepting");
    const media = session.media;
    try {
      let stream = params.mediaStream ?? options.defaultAudioStream;
      const owned = !stream;
      stream ??= await openMicrophone(rtc, audioDeviceId);
      const element =
        params.audioElement ?? options.defaultAudioElement ?? media.element ?? createAudioElement();
      const sdp = await media.answer({ stream, owned, element, sinkId: outputDeviceId });
      if (session.endReason) return;
      signaling.send({ type: "accept", sessionId: media.id, sdp });
      media.answered();
    } catch (error) {
      session.setState("starting");
      throw error;
    }
    session.setState("active");
    manager.applyMicrophones();
    const request = manager.request(session.conversationId, "agent");
    if (session.direction === "inbound" && request) callControl().accept(request).catch(report);
  };

  const manager: SessionManager = new SessionManager({
    emitter,
    send: (message) => signaling.send(message),
    log,
    report,
    listenerError,
    callControl,
    autoAccept: (session: CallSession) => {
      acceptSession({ conversationId: session.conversationId }).catch(report);
    },
    autoAcceptOutbound: options.autoAcceptOutbound ?? true,
    pendingSessionTimeoutMs: options.pendingSessionTimeoutMs ?? 45_000,
    rtc,
    rtcConfiguration: options.rtcConfiguration,
  });

  const request = (conversationId: string, target: "agent" | "others") =>
    manager.request(conversationId, target) ?? unknownConversation(conversationId, "current call");
  const connections = (conversationIds?: readonly string[]) =>
    new Set(
      [...manager.sessions.values()]
        .filter((s) => !conversationIds || conversationIds.includes(s.conversationId))
        .map((s) => s.media),
    );

  return {
    clientId,
    get status() {
      return signaling.status;
    },
    get agent() {
      return manager.agent;
    },
    get station() {
      return manager.station;
    },
    on: (event, listener) => emitter.on(event, listener),
    once: (event, listener) => emitter.once(event, listener),
    initialize: () => signaling.start(),
    async destroy() {
      manager.destroy();
      signaling.stop();
    },
    async startSoftphoneSession(params) {
      // Without signaling the call would ring nowhere: send() throws not_connected while it is down.
      if (signaling.status !== "connected") signaling.send({ type: "sync" });
      const { id, selfUri } = await partnerClient().placeCall(params, {
        softphoneClientId: clientId,
        idempotencyKey: randomId(),
      });
      return { id, selfUri, session: manager.waitForSession(id) };
    },
    acceptPendingSession: async ({ conversationId }) => manager.acceptPending(conversationId),
    rejectPendingSession: ({ conversationId }) => manager.rejectPending(conversationId),
    acceptSession,
    endSession: async ({ conversationId }) => callControl().end(request(conversationId, "agent")),
    async setAudioMute({ conversationId, mute }) {
      const session = manager.session(conversationId);
      session.muteIntent = mute;
      session.flag("muted", mute);
      manager.applyMicrophones();
      const target = manager.request(conversationId, "agent");
      if (target) await callControl().setMuted(target, mute);
    },
    setConversationHeld: async ({ conversationId, held }) =>
      callControl().setHeld(request(conversationId, "others"), held),
    async sendDigits({ conversationId, digits }) {
      if (!/^[0-9*#A-D]{1,64}$/.test(String(digits))) {
        throw new SessionError("digits must be 1 to 64 of 0-9, *, #, A-D.", {
          code: "invalid_argument",
          conversationId,
        });
      }
      signaling.send({
        type: "sendDigits",
        sessionId: manager.session(conversationId).id,
        conversationId,
        digits,
      });
    },
    async updateDefaultDevices({ audioDeviceId: audio, outputDeviceId: output, updateActiveSessions }) {
      const live = updateActiveSessions === false ? [] : [...connections()];
      if (audio !== undefined) {
        audioDeviceId = audio ?? undefined;
        for (const media of live) await media.replaceStream(await openMicrophone(rtc, audioDeviceId), true);
      }
      if (output !== undefined) {
        outputDeviceId = output ?? undefined;
        for (const media of live) await media.setOutputDevice(output ?? "");
      }
    },
    async updateOutputDevice(deviceId, conversationIds) {
      for (const media of connections(conversationIds)) await media.setOutputDevice(deviceId);
    },
    isPersistentConnectionEnabled: () => manager.station?.webRtcPersistentEnabled === true,
    isConcurrentSoftphoneSessionsEnabled: () => (manager.station?.webRtcCallAppearances ?? 0) > 1,
    getStats: async ({ conversationId }) => manager.session(conversationId).getStats(),
    getSession: (conversationId) => manager.sessions.get(conversationId),
    getSessions: () => [...manager.sessions.values()],
    getPendingSessions: () => [...manager.pending.values()],
    getConversations: () => manager.store.current((id) => manager.sessions.get(id)),
  };
}
