import type { SoftphoneClientMessage, SoftphoneServerMessage } from "@ccaas/types";
import { messageSchemas } from "@ccaas/types/specs";
import { createMessageValidator, summarizeIssues } from "@ccaas/validation";

const validator = createMessageValidator(messageSchemas);
const file = "softphone-signaling.yaml";

/** Each client message type and its definition in softphone-signaling.yaml. */
const clientDefinitions: Record<SoftphoneClientMessage["type"], string> = {
  authenticate: "AuthenticateMessage",
  proceed: "ProceedMessage",
  reject: "RejectMessage",
  accept: "AcceptMessage",
  iceCandidate: "IceCandidateMessage",
  terminate: "TerminateMessage",
  sendDigits: "SendDigitsMessage",
  sync: "SyncMessage",
  iceRestart: "IceRestartMessage",
};

export type ParsedClientMessage =
  | { ok: true; message: SoftphoneClientMessage }
  | { ok: false; problem: string };

/**
 * Parses one WebSocket frame and validates it against the spec. The schema is picked by `type` first, so a
 * client hears about the message it meant to send ("/sessionId is required") rather than every alternative.
 */
export function parseClientMessage(data: string): ParsedClientMessage {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return { ok: false, problem: "The frame is not valid JSON: send one JSON object per text frame." };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, problem: "A message must be a JSON object with a `type`." };
  }
  const type = (value as { type?: unknown }).type;
  const definition =
    typeof type === "string" ? clientDefinitions[type as SoftphoneClientMessage["type"]] : undefined;
  if (definition === undefined) {
    const known = Object.keys(clientDefinitions).join(", ");
    return {
      ok: false,
      problem: `Unknown message type ${JSON.stringify(type ?? null)}: a client sends one of ${known}.`,
    };
  }
  const issues = validator.validate(`${file}#/$defs/${definition}`, value);
  if (issues.length > 0)
    return { ok: false, problem: `The ${String(type)} message breaks the spec: ${summarizeIssues(issues)}.` };
  return { ok: true, message: value as SoftphoneClientMessage };
}

const serverDefinitions: Record<SoftphoneServerMessage["type"], string> = {
  ready: "ReadyMessage",
  propose: "ProposeMessage",
  retract: "RetractMessage",
  initiate: "InitiateMessage",
  iceCandidate: "IceCandidateMessage",
  terminate: "TerminateMessage",
  snapshot: "SnapshotMessage",
  conversationEvent: "ConversationEventMessage",
  stationEvent: "StationEventMessage",
  error: "SignalingErrorMessage",
};

/** Problems with a message the server is about to send; empty when it matches the spec. */
export function serverMessageProblems(message: SoftphoneServerMessage): string {
  const issues = validator.validate(`${file}#/$defs/${serverDefinitions[message.type]}`, message);
  return issues.length > 0 ? summarizeIssues(issues) : "";
}
