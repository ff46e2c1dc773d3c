/**
 * What the agent's CRM desk shows, updated by the softphone's contract calls: the screen pop of the current
 * caller, one activity entry per conversation, and the softphone's status. No DOM here, so it is unit-tested.
 */
import type { CrmMethodParams } from "@ccaas/types";
import { type Contact, findContact } from "./contacts";
import { presenceLabel } from "./presence";

export interface ScreenPop {
  conversationId: string;
  number: string;
  contact: Contact | undefined;
  language: string | undefined;
  state: "Incoming call" | "Connected" | "Call ended" | "Missed call";
}

export interface ActivityEntry {
  conversationId: string;
  direction: "inbound" | "outbound";
  number: string;
  contact: Contact | undefined;
  state: string;
  /** Seconds, from `callEnded`. */
  duration?: number;
  disposition?: string;
  notes?: string;
}

export type DeskChange = "screenPop" | "activity" | "status";

export class CrmDesk {
  screenPop: ScreenPop | undefined;
  /** Newest first. */
  readonly activity: ActivityEntry[] = [];
  softphoneStatus = "Unknown";
  private readonly listeners = new Set<(change: DeskChange) => void>();

  subscribe(listener: (change: DeskChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  incomingCall({ conversationId, callerANI, language }: CrmMethodParams["incomingCall"]): void {
    const contact = findContact(callerANI);
    this.screenPop = { conversationId, number: callerANI, contact, language, state: "Incoming call" };
    this.entry(conversationId, { direction: "inbound", number: callerANI, contact, state: "Ringing" });
    this.emit("screenPop");
  }

  callAccepted({ conversationId, callerANI, language }: CrmMethodParams["callAccepted"]): void {
    const contact = findContact(callerANI);
    this.screenPop = { conversationId, number: callerANI, contact, language, state: "Connected" };
    this.entry(conversationId, { direction: "inbound", number: callerANI, contact, state: "Connected" });
    this.emit("screenPop");
  }

  callRejected({ conversationId, reason }: CrmMethodParams["callRejected"]): void {
    this.update(conversationId, { state: reason === "active" ? "Rejected by the agent" : "Missed" });
    if (this.screenPop?.conversationId === conversationId) {
      this.screenPop = { ...this.screenPop, state: "Missed call" };
      this.emit("screenPop");
    }
  }

  callEnded({ conversationId, duration, disposition, notes, callType }: CrmMethodParams["callEnded"]): void {
    const known = this.activity.some((entry) => entry.conversationId === conversationId);
    if (!known)
      this.entry(conversationId, { direction: callType, number: "", contact: undefined, state: "Ended" });
    this.update(conversationId, {
      state: "Ended",
      duration,
      ...(disposition ? { disposition } : {}),
      ...(notes ? { notes } : {}),
    });
    if (this.screenPop?.conversationId === conversationId) {
      this.screenPop = { ...this.screenPop, state: "Call ended" };
      this.emit("screenPop");
    }
  }

  callNotesSubmitted({ conversationId, disposition, notes }: CrmMethodParams["callNotesSubmitted"]): void {
    this.update(conversationId, { disposition, ...(notes ? { notes } : {}) });
  }

  outboundCallInitiated({ conversationId, dialledTo }: CrmMethodParams["outboundCallInitiated"]): void {
    const contact = findContact(dialledTo);
    this.entry(conversationId, {
      direction: "outbound",
      number: dialledTo,
      contact,
      state: "Outbound call initiated",
    });
  }

  statusChanged({ softphoneId }: CrmMethodParams["statusChanged"]): void {
    this.softphoneStatus = presenceLabel(softphoneId);
    this.emit("status");
  }

  /** Adds the conversation's entry, or updates it when the softphone already reported it. */
  private entry(conversationId: string, fields: Omit<ActivityEntry, "conversationId">): void {
    const existing = this.activity.find((entry) => entry.conversationId === conversationId);
    if (existing) Object.assign(existing, fields);
    else this.activity.unshift({ conversationId, ...fields });
    this.emit("activity");
  }

  private update(conversationId: string, fields: Partial<ActivityEntry>): void {
    const existing = this.activity.find((entry) => entry.conversationId === conversationId);
    if (!existing) return;
    Object.assign(existing, fields);
    this.emit("activity");
  }

  private emit(change: DeskChange): void {
    for (const listener of this.listeners) listener(change);
  }
}

/** "42 s", "4 min 36 s": the seed's duration is seconds, possibly fractional. */
export function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  return minutes > 0 ? `${minutes} min ${whole % 60} s` : `${whole} s`;
}
