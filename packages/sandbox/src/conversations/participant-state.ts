import type { Participant, ParticipantState } from "@ccaas/types";

/** The summary state a participant shows, derived from its call leg and its held/muted toggles. */
export function summarizeState(
  leg: "alerting" | "connected" | "disconnected",
  held: boolean,
  muted: boolean,
): ParticipantState {
  if (leg !== "connected") return leg;
  if (held) return "held";
  if (muted) return "muted";
  return "connected";
}

/** True once the participant has left the conversation for good. */
export function isGone(participant: Participant): boolean {
  return participant.state === "disconnected";
}
