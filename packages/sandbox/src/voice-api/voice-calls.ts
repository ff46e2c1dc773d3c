import { randomBytes } from "node:crypto";
import type { VoiceCallState } from "@ccaas/types";
import { failingDestinations, noCauseYet, normalClearing } from "./isdn-causes";

export interface VoiceCallStatus {
  _id: string;
  status: VoiceCallState;
  isdn_code: string;
  isdn_reason: string;
}

interface VoiceCall {
  id: string;
  agentId: string;
  destination: string;
  createdAt: number;
}

const maxCalls = 10_000;

/**
 * Calls created through the Voice API. A call's status follows the clock, Setup -> Dialing -> Answered ->
 * Finished, on the configured schedule: it is derived from the time elapsed since Call/Create, so no timer
 * can outlive the sandbox and a status read at any moment is exact. A failing destination goes from Dialing
 * straight to Finished with its ISDN cause.
 */
export class VoiceCalls {
  readonly #calls = new Map<string, VoiceCall>();
  readonly #schedule: { setup: number; dialing: number; answered: number };

  constructor(schedule: { setup: number; dialing: number; answered: number }) {
    this.#schedule = schedule;
  }

  create(agentId: string, destination: string): string {
    // Ids look like the seed's (24 hex digits, a MongoDB ObjectId).
    const id = randomBytes(12).toString("hex");
    this.#calls.set(id, { id, agentId, destination, createdAt: Date.now() });
    if (this.#calls.size > maxCalls) {
      const oldest = this.#calls.keys().next().value;
      if (oldest !== undefined) this.#calls.delete(oldest);
    }
    return id;
  }

  status(id: string): VoiceCallStatus | undefined {
    const call = this.#calls.get(id);
    if (!call) return undefined;
    const elapsed = Date.now() - call.createdAt;
    const { setup, dialing, answered } = this.#schedule;
    const failure = failingDestinations[call.destination];
    const at = (status: VoiceCallState, cause: { code: string; reason: string }): VoiceCallStatus => ({
      _id: call.id,
      status,
      isdn_code: cause.code,
      isdn_reason: cause.reason,
    });
    if (elapsed < setup) return at("Setup", noCauseYet);
    if (elapsed < setup + dialing) return at("Dialing", noCauseYet);
    if (failure) return at("Finished", failure);
    if (elapsed < setup + dialing + answered) return at("Answered", noCauseYet);
    return at("Finished", normalClearing);
  }
}
