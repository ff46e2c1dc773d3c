/**
 * The calls ringing on this client: one pending session per conversation, each with the deadline that keeps
 * it from becoming a zombie, and the events that say how it stopped ringing (`handledPendingSession`,
 * `cancelPendingSession`).
 */
import type { RetractMessage, TypedEmitter } from "@ccaas/types";
import type { SoftphoneEvents } from "../events";
import type { CancelReason, PendingSession } from "../types";
import { unknownConversation } from "./pending-session";

export interface PendingSessionsInit {
  emitter: TypedEmitter<SoftphoneEvents>;
  timeoutMs: number;
  /** Settles the call's outcome (for `startSoftphoneSession`) when no session started for it here. */
  finish(conversationId: string, code: string, message: string): void;
}

export class PendingSessions {
  readonly #ringing = new Map<string, PendingSession>();
  readonly #deadlines = new Map<string, ReturnType<typeof setTimeout>>();
  readonly #init: PendingSessionsInit;

  constructor(init: PendingSessionsInit) {
    this.#init = init;
  }

  get(conversationId: string): PendingSession | undefined {
    return this.#ringing.get(conversationId);
  }

  values(): IterableIterator<PendingSession> {
    return this.#ringing.values();
  }

  /** The pending session of a conversation, or a SessionError for the app. */
  of(conversationId: string): PendingSession {
    return this.#ringing.get(conversationId) ?? unknownConversation(conversationId, "pending session");
  }

  /**
   * Deduplicated by conversation: a second proposal updates the first (a propose also replaces a guess).
   * True when the call just started ringing here (the caller emits `pendingSession`).
   */
  ring(pending: PendingSession): boolean {
    const { conversationId } = pending;
    const known = this.#ringing.has(conversationId);
    this.#ringing.set(conversationId, pending);
    if (known) return false;
    this.#deadlines.set(
      conversationId,
      setTimeout(() => {
        const current = this.#ringing.get(conversationId);
        if (current) this.cancel(current, "timeout");
      }, this.#init.timeoutMs),
    );
    return true;
  }

  /** Stops a pending session ringing; true if it was. */
  unring(conversationId: string): boolean {
    clearTimeout(this.#deadlines.get(conversationId));
    this.#deadlines.delete(conversationId);
    return this.#ringing.delete(conversationId);
  }

  /** The platform withdrew a proposal: answered or rejected elsewhere, or cancelled. */
  retract({ conversationId, sessionId, reason }: RetractMessage): void {
    const pending = this.#ringing.get(conversationId);
    if (pending?.id !== sessionId) return;
    if (reason === "answeredElsewhere" || reason === "rejected") {
      this.unring(conversationId);
      this.handled(pending, reason === "rejected" ? "rejected" : "accepted", true);
    } else {
      this.cancel(pending, reason);
    }
  }

  handled(pending: PendingSession, outcome: "accepted" | "rejected", elsewhere: boolean): void {
    this.#init.emitter.emit("handledPendingSession", { ...pending, outcome, elsewhere });
    if (outcome === "rejected" || elsewhere) {
      this.#init.finish(
        pending.conversationId,
        elsewhere ? "answered_elsewhere" : "rejected",
        `The call was ${outcome}${elsewhere ? " on another client" : ""}.`,
      );
    }
  }

  cancel(pending: PendingSession, reason: CancelReason): void {
    this.unring(pending.conversationId);
    this.#init.emitter.emit("cancelPendingSession", { ...pending, reason });
    this.#init.finish(pending.conversationId, "call_ended", `The call stopped ringing (${reason}).`);
  }

  cancelAll(reason: CancelReason): void {
    for (const pending of [...this.#ringing.values()]) this.cancel(pending, reason);
  }
}
