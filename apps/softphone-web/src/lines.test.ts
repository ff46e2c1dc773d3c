import type { ConversationState } from "@ccaas/softphone";
import type { Conversation, Participant } from "@ccaas/types";
import { describe, expect, it } from "vitest";
import { describeParty, otherParty, toLines } from "./lines";

const participant = (
  purpose: Participant["purpose"],
  state: Participant["state"],
  extra: Partial<Participant> = {},
) => ({ id: `${purpose}-id`, purpose, state, muted: false, held: false, ...extra }) as Participant;

function call(
  id: string,
  direction: Conversation["direction"],
  agent: Participant,
  customer: Participant,
): ConversationState {
  const conversation: Conversation = {
    id,
    direction,
    participants: [customer, agent],
    startTime: "2026-11-22T13:40:00Z",
    selfUri: `/api/v2/conversations/calls/${id}`,
  };
  return {
    conversationId: id,
    conversation,
    agentParticipant: agent,
    state: agent.state,
    held: agent.held || customer.held,
    muted: agent.muted,
    session: undefined,
  };
}

describe("toLines", () => {
  it("lists the calls the agent is in, marks the active one and leaves ringing inbound calls to the card", () => {
    const talking = call(
      "a",
      "inbound",
      participant("agent", "connected"),
      participant("customer", "connected", { address: "+15555550100", name: "Jane" }),
    );
    const held = call(
      "b",
      "inbound",
      participant("agent", "connected"),
      participant("customer", "held", { held: true, address: "+15555550101" }),
    );
    const ringing = call(
      "c",
      "inbound",
      participant("agent", "alerting"),
      participant("customer", "connected", { address: "+15555550102" }),
    );
    const dialing = call(
      "d",
      "outbound",
      participant("agent", "connected"),
      participant("customer", "alerting", { address: "+15555550103" }),
    );

    const lines = toLines({ current: [talking, held, ringing, dialing], activeConversationId: "a" });

    expect(lines.map((line) => [line.conversationId, line.status, line.active])).toEqual([
      ["a", "Connected", true],
      ["b", "On hold", false],
      ["d", "Dialing", false],
    ]);
    expect(describeParty(lines[0] ?? otherParty(talking.conversation))).toBe("Jane (+15555550100)");
    expect(describeParty(lines[1] ?? otherParty(held.conversation))).toBe("+15555550101");
  });

  it("shows a mute the agent asked for before the platform confirms it", () => {
    const state = call(
      "a",
      "inbound",
      participant("agent", "connected"),
      participant("customer", "connected"),
    );
    const [line] = toLines({
      current: [{ ...state, session: { muted: true, id: "session-1" } as ConversationState["session"] }],
      activeConversationId: "a",
    });
    expect(line).toMatchObject({ muted: true, status: "Muted", connectionId: "session-1" });
  });
});
