/**
 * Line appearance 1 against a real sandbox: two calls ring at once on the one persistent session, and the
 * agent answers or declines the one they pick (proceed / reject name the conversation).
 */
import { type Sandbox, startSandbox } from "@ccaas/sandbox";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { waitFor } from "./support/harness";
import { sandboxAgents } from "./support/sandbox-agents";

let sandbox: Sandbox;
const cleanup: (() => Promise<void> | void)[] = [];
const { agent, ring, answer, media } = sandboxAgents(() => sandbox, cleanup);

beforeAll(async () => {
  sandbox = await startSandbox({
    port: 0,
    signaling: { proposeTimeoutMs: 10_000 },
    agents: [{ userName: "la1", password: "p", lineAppearance: 1, persistentConnection: true }],
  });
});
afterEach(async () => {
  for (const task of cleanup.splice(0).reverse()) await task();
});
afterAll(async () => {
  expect(sandbox.core.violations.entries).toEqual([]);
  await sandbox?.stop();
});

const agentState = (conversationId: string) => sandbox.core.engine.agentParticipant(conversationId)?.state;

describe("line appearance 1: two calls ringing at once", () => {
  it("accepting the second answers the second; the first keeps ringing, then is declined by name", async () => {
    const a = await agent("la1");
    const talking = ring("+15555550101");
    const firstSession = await answer(a, talking);
    await waitFor(() => media(talking).fromAgent.packets > 10, "audio on the call in progress", 5000);

    const first = ring("+15555550102");
    const second = ring("+15555550103");
    await waitFor(
      () => [first, second].every((id) => a.seen.pendingSession?.some((p) => p.conversationId === id)),
      "both calls ringing",
    );
    const ringing = a.softphone.getPendingSessions();
    expect(ringing.map((p) => p.conversationId).sort()).toEqual([first, second].sort());
    expect(ringing.every((p) => p.id === firstSession.id && p.synthesized)).toBe(true);

    await a.softphone.acceptPendingSession({ conversationId: second });
    const secondSession = await waitFor(() => a.softphone.getSession(second), "the second call's session");
    expect(secondSession).toMatchObject({ id: firstSession.id, conversationId: second });
    await waitFor(() => agentState(second) === "connected", "the platform connected the second call");
    await waitFor(
      () => a.seen.conversationUpdate?.at(-1)?.activeConversationId === second,
      "the second call is the active one",
    );
    await waitFor(() => media(second).fromAgent.packets > 10, "audio on the second call", 5000);

    // The first call still rings, here and on the platform: no session, no cancel, no zombie either.
    expect(agentState(first)).toBe("alerting");
    expect(a.softphone.getSession(first)).toBeUndefined();
    expect(a.softphone.getPendingSessions().map((p) => p.conversationId)).toEqual([first]);
    expect(a.seen.cancelPendingSession ?? []).toEqual([]);

    await a.softphone.rejectPendingSession({ conversationId: first });
    await waitFor(() => sandbox.core.engine.get(first)?.endTime !== undefined, "the first call declined");
    expect(a.softphone.getPendingSessions()).toEqual([]);
    expect(a.seen.handledPendingSession?.at(-1)).toMatchObject({
      conversationId: first,
      outcome: "rejected",
    });
    expect(sandbox.core.engine.get(second)?.endTime).toBeUndefined();
    expect(agentState(second)).toBe("connected");
    expect(a.seen.error ?? []).toEqual([]);
  });
});
