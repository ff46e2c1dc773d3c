/**
 * Turns one softphone's events into the contract's calls, with the seed's fields:
 * - inbound `pendingSession` -> `incomingCall`;
 * - accepted here -> `callAccepted`; rejected (here or on another of the agent's clients) -> `callRejected`
 *   `active`; cancelled, timed out or answered elsewhere -> `callRejected` `passive`;
 * - `sessionEnded` -> `callEnded` with the seconds since the session became active and `callType`.
 */
import type { CrmMethod, CrmMethodParams } from "@ccaas/types";
import type { PendingSession, Softphone, SoftphoneSession } from "../index";
import type { CrmCallDetails } from "./types";

export interface ReporterContext {
  call<M extends CrmMethod>(method: M, params: CrmMethodParams[M]): void;
  partnerId(): string;
  details(conversationId: string): CrmCallDetails;
}

interface TrackedCall {
  /** Set for inbound calls announced with `incomingCall` until they are accepted or rejected. */
  ringing?: { callerANI: string };
  /** When the session became active (ms since epoch). */
  activeAt?: number;
  notes?: { disposition: string; notes?: string };
}

export interface CallReporter {
  /** Wrap-up saved: remembered for a `callEnded` still to come. */
  notesSubmitted(conversationId: string, disposition: string, notes: string | undefined): void;
  stop(): void;
}

/** The seed's default language (`en_US`) unless the app's `callDetails` knows the caller's. */
const languageOf = (details: CrmCallDetails) => details.language ?? "en_US";

export function reportCalls(softphone: Softphone, context: ReporterContext): CallReporter {
  const calls = new Map<string, TrackedCall>();
  const tracked = (conversationId: string): TrackedCall => {
    let call = calls.get(conversationId);
    if (!call) {
      call = {};
      calls.set(conversationId, call);
    }
    return call;
  };
  const sessionWatchers = new Map<string, () => void>();

  const rejected = (pending: PendingSession, reason: "active" | "passive") => {
    const call = calls.get(pending.conversationId);
    if (!call?.ringing) return;
    calls.delete(pending.conversationId);
    context.call("callRejected", {
      partnerId: context.partnerId(),
      conversationId: pending.conversationId,
      reason,
    });
  };

  const onSessionStarted = (session: SoftphoneSession) => {
    const call = tracked(session.conversationId);
    if (session.state === "active") call.activeAt ??= Date.now();
    sessionWatchers.get(session.conversationId)?.();
    const off = session.on("state", (state) => {
      if (state === "active") call.activeAt ??= Date.now();
    });
    sessionWatchers.set(session.conversationId, off);
  };

  const onSessionEnded = (session: SoftphoneSession) => {
    const { conversationId } = session;
    sessionWatchers.get(conversationId)?.();
    sessionWatchers.delete(conversationId);
    const call = calls.get(conversationId) ?? {};
    calls.delete(conversationId);
    const seconds = call.activeAt === undefined ? 0 : (Date.now() - call.activeAt) / 1000;
    context.call("callEnded", {
      partnerId: context.partnerId(),
      conversationId,
      duration: Math.round(seconds * 1000) / 1000,
      callType: session.direction,
      ...(call.notes ? { disposition: call.notes.disposition } : {}),
      ...(call.notes?.notes ? { notes: call.notes.notes } : {}),
    });
  };

  const unsubscribe = [
    softphone.on("pendingSession", (pending) => {
      if (pending.direction !== "inbound") return; // outbound calls are reported by startCall
      const callerANI = pending.address;
      tracked(pending.conversationId).ringing = { callerANI };
      const details = context.details(pending.conversationId);
      context.call("incomingCall", {
        partnerId: context.partnerId(),
        conversationId: pending.conversationId,
        callerANI,
        language: languageOf(details),
      });
    }),
    softphone.on("handledPendingSession", (handled) => {
      if (handled.outcome === "rejected") return rejected(handled, "active");
      if (handled.elsewhere) return rejected(handled, "passive");
      const call = calls.get(handled.conversationId);
      if (!call?.ringing) return;
      const { callerANI } = call.ringing;
      delete call.ringing;
      const details = context.details(handled.conversationId);
      context.call("callAccepted", {
        ...details,
        partnerId: context.partnerId(),
        conversationId: handled.conversationId,
        callerANI,
        language: languageOf(details),
      });
    }),
    softphone.on("cancelPendingSession", (cancelled) => rejected(cancelled, "passive")),
    softphone.on("sessionStarted", onSessionStarted),
    softphone.on("sessionEnded", onSessionEnded),
  ];

  return {
    notesSubmitted(conversationId, disposition, notes) {
      const call = calls.get(conversationId);
      if (call) call.notes = notes === undefined ? { disposition } : { disposition, notes };
    },
    stop() {
      for (const off of [...unsubscribe, ...sessionWatchers.values()]) off();
      sessionWatchers.clear();
      calls.clear();
    },
  };
}
