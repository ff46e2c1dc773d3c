/**
 * The participant events each adapter operation publishes (specs/messages/participant-events.yaml): accept ->
 * `PARTICIPANTCALLINITIATED` for the agent (`author`); end -> `PARTICIPANTCALLCOMPLETED` for each participant
 * removed; hold, resume, mute, unmute -> their extension event for `participantId`.
 */
import type {
  AcceptCallRequest,
  AdapterAuthor,
  EndCallRequest,
  EventParticipant,
  ParticipantCallRequest,
  ParticipantEventMessage,
  ParticipantEventType,
} from "@ccaas/types";

export type CallOperation = "accept" | "end" | "hold" | "resume" | "mute" | "unmute";

export const eventTypeOf = {
  accept: "PARTICIPANTCALLINITIATED",
  end: "PARTICIPANTCALLCOMPLETED",
  hold: "PARTICIPANTCALLHELD",
  resume: "PARTICIPANTCALLRESUMED",
  mute: "PARTICIPANTCALLMUTED",
  unmute: "PARTICIPANTCALLUNMUTED",
} as const satisfies Record<CallOperation, ParticipantEventType>;

export type CallRequestOf = {
  accept: AcceptCallRequest;
  end: EndCallRequest;
  hold: ParticipantCallRequest;
  resume: ParticipantCallRequest;
  mute: ParticipantCallRequest;
  unmute: ParticipantCallRequest;
};

/** The agent's own participant, named as the agent. */
function agentParticipant(author: AdapterAuthor): EventParticipant {
  return { participantId: author.participantId, userName: author.userName, purpose: "agent" };
}

/** `participantId`, described as the agent when it is the author's own participant. */
function participantOf(participantId: string, author: AdapterAuthor): EventParticipant {
  return participantId === author.participantId ? agentParticipant(author) : { participantId };
}

/**
 * The participants an end removed, when the handler does not say: with `removeAllParticipants` the agent
 * and `participantId`; without it, `participantId` only (the participant whose call ends).
 */
export function defaultRemovedParticipants(request: EndCallRequest): EventParticipant[] {
  if (!request.removeAllParticipants) return [participantOf(request.participantId, request.author)];
  const removed = [agentParticipant(request.author)];
  if (request.participantId !== request.author.participantId)
    removed.push({ participantId: request.participantId });
  return removed;
}

const randomId = () => crypto.randomUUID();

// Formatting a date is a good part of building an event; events of the same millisecond share the text.
let lastMs = Number.NaN;
let lastIso = "";
function isoNow(): string {
  const ms = Date.now();
  if (ms !== lastMs) {
    lastMs = ms;
    lastIso = new Date(ms).toISOString();
  }
  return lastIso;
}

export interface EventContext {
  partnerId: string;
  /** Defaults to a random UUID per event. */
  newId?: () => string;
  now?: () => Date;
}

/** Builds the events of a successful operation, in the order they are published. */
export function buildParticipantEvents<Operation extends CallOperation>(
  operation: Operation,
  request: CallRequestOf[Operation],
  context: EventContext,
  removed?: readonly EventParticipant[],
): ParticipantEventMessage[] {
  const newId = context.newId ?? randomId;
  const eventTime = context.now ? context.now().toISOString() : isoNow();
  const author = { userName: request.author.userName, participantId: request.author.participantId };
  const envelope = (participant: EventParticipant) => ({
    eventId: newId(),
    eventTime,
    partnerId: context.partnerId,
    conversationId: request.conversationId,
    participant,
    author,
  });
  switch (operation) {
    case "accept":
      // The hot path (one event per accepted call): one object literal, no spread.
      return [
        {
          eventId: newId(),
          eventTime,
          partnerId: context.partnerId,
          conversationId: request.conversationId,
          participant: agentParticipant(request.author),
          author,
          eventType: "PARTICIPANTCALLINITIATED",
        },
      ];
    case "end": {
      const end = request as EndCallRequest;
      const participants = removed && removed.length > 0 ? removed : defaultRemovedParticipants(end);
      return participants.map((participant) => ({
        ...envelope(participant),
        eventType: "PARTICIPANTCALLCOMPLETED",
        removeAllParticipants: end.removeAllParticipants,
      }));
    }
    default: {
      const { participantId } = request as ParticipantCallRequest;
      const eventType = eventTypeOf[operation as "hold" | "resume" | "mute" | "unmute"];
      return [{ ...envelope(participantOf(participantId, request.author)), eventType }];
    }
  }
}
