import type { ParticipantEventMessage } from "@ccaas/types";
import { messageSchemas } from "@ccaas/types/specs";
import { createMessageValidator, summarizeIssues } from "@ccaas/validation";
import type { SandboxCore } from "../create-sandbox";
import { SandboxError } from "../http/sandbox-error";

export type IngestOutcome = "applied" | "duplicate";

const rememberedEvents = 100_000;

/**
 * The platform's consumer of the `participant-events` topic, fed over HTTP in development (and directly by
 * code that holds the sandbox). Validates each event against messages/participant-events.yaml, applies it to
 * the conversation, and deduplicates by `eventId` as an at-least-once consumer must.
 */
export class ParticipantEventIngest {
  readonly #core: SandboxCore;
  readonly #validator = createMessageValidator(messageSchemas);
  readonly #applied = new Set<string>();

  constructor(core: SandboxCore) {
    this.#core = core;
  }

  ingest(value: unknown): { eventId: string; outcome: IngestOutcome } {
    const issues = this.#validator.validate("participant-events.yaml", value);
    if (issues.length > 0) {
      throw new SandboxError(
        400,
        "validation_failed",
        `The participant event breaks messages/participant-events.yaml: ${summarizeIssues(issues)}`,
        issues.map((issue) => ({ field: issue.path, message: issue.message })),
      );
    }
    const event = value as ParticipantEventMessage;
    const eventId = event.eventId.toLowerCase();
    if (this.#applied.has(eventId)) return { eventId: event.eventId, outcome: "duplicate" };
    this.#apply(event);
    // Only applied events count as seen: a rejected one may be fixed and sent again with the same id.
    this.#applied.add(eventId);
    if (this.#applied.size > rememberedEvents) {
      const oldest = this.#applied.values().next().value;
      if (oldest !== undefined) this.#applied.delete(oldest);
    }
    return { eventId: event.eventId, outcome: "applied" };
  }

  #apply(event: ParticipantEventMessage): void {
    const { engine, partner } = this.#core;
    const conversationId = event.conversationId.toLowerCase();
    const participantId = event.participant.participantId.toLowerCase();
    if (event.partnerId.toLowerCase() !== partner.partnerId.toLowerCase() || !engine.get(conversationId)) {
      throw new SandboxError(
        404,
        "not_found",
        `No conversation ${event.conversationId} for partner ${event.partnerId}.`,
        [{ field: "/conversationId", message: "names no conversation of this partner" }],
      );
    }
    const participant = engine.get(conversationId)?.participants.find((p) => p.id === participantId);
    if (!participant) {
      throw new SandboxError(
        404,
        "not_found",
        `No participant ${event.participant.participantId} in conversation ${event.conversationId}.`,
        [{ field: "/participant/participantId", message: "names no participant of the conversation" }],
      );
    }
    switch (event.eventType) {
      case "PARTICIPANTCALLINITIATED":
        engine.connect(conversationId, participantId);
        return;
      case "PARTICIPANTCALLCOMPLETED":
        // Already gone (e.g. a remove-all end announced per participant): consuming it again changes nothing.
        if (participant.state === "disconnected") return;
        if (event.removeAllParticipants) engine.end(conversationId);
        else engine.update(conversationId, participantId, { state: "disconnected" });
        return;
      case "PARTICIPANTCALLHELD":
        engine.update(conversationId, participantId, { held: true });
        return;
      case "PARTICIPANTCALLRESUMED":
        engine.update(conversationId, participantId, { held: false });
        return;
      case "PARTICIPANTCALLMUTED":
        engine.update(conversationId, participantId, { muted: true });
        return;
      case "PARTICIPANTCALLUNMUTED":
        engine.update(conversationId, participantId, { muted: false });
        return;
    }
  }
}
