/**
 * `@ccaas/partner-api/agent` against a real sandbox on 127.0.0.1: the agent places a call and changes a
 * participant with its token; errors follow the same model as the full client.
 */
import { type Sandbox, startSandbox } from "@ccaas/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AgentClient, createAgentClient } from "../src/agent/index";

let sandbox: Sandbox;
let token: string;
let agent: AgentClient;
const sent: Request[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  token = await sandbox.control.agentToken("testAgent");
  agent = createAgentClient({
    baseUrl: sandbox.urls.partnerApi,
    templateVersion: sandbox.control.info().partnerApi.templateVersion,
    accessToken: async () => token,
    fetch: (request) => {
      sent.push(request.clone());
      return globalThis.fetch(request);
    },
  });
});

afterAll(async () => {
  expect(sandbox.core.violations.entries).toEqual([]);
  await sandbox?.stop();
});

describe("createAgentClient against a running sandbox", () => {
  it("places a call with the agent's token, the client id and an idempotency key; a repeat answers the same call", async () => {
    const options = { softphoneClientId: "tab-1", idempotencyKey: crypto.randomUUID() };
    const placed = await agent.placeCall({ phoneNumber: "+15555550123" }, options);
    expect(placed.selfUri).toBe(`/api/v2/conversations/calls/${placed.id}`);
    expect(sandbox.core.engine.get(placed.id)?.toAddress).toBe("+15555550123");
    const headers = sent.at(-1)?.headers;
    expect(headers?.get("authorization")).toBe(`Bearer ${token}`);
    expect(headers?.get("x-softphone-client-id")).toBe("tab-1");
    expect(headers?.get("idempotency-key")).toBe(options.idempotencyKey);
    expect(headers?.get("x-resource-template-version")).toBe("1");
    expect(headers?.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(headers?.get("user-agent")).toMatch(/^ccaas-partner-api\//);
    expect((await agent.placeCall({ phoneNumber: "+15555550123" }, options)).id).toBe(placed.id);
  });

  it("changes a participant: the agent hangs up and the call ends", async () => {
    const { id } = await agent.placeCall({ phoneNumber: "+15555550124" });
    const me = sandbox.core.engine.agentParticipant(id);
    await agent.updateConversationParticipant(id, me!.id, { state: "disconnected" });
    expect(sandbox.core.engine.get(id)?.endTime).toBeDefined();
  });

  it("errors: ApiError with status and request id (the token never in it), ValidationError for bad input", async () => {
    const error = await agent
      .updateConversationParticipant(crypto.randomUUID(), crypto.randomUUID(), { held: true })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: "ApiError", status: 404 });
    expect((error as { requestId?: string }).requestId).toBeTruthy();

    const stranger = createAgentClient({
      baseUrl: sandbox.urls.partnerApi,
      templateVersion: "1",
      accessToken: "not-a-token",
    });
    const refused = await stranger
      .placeCall({ phoneNumber: "+15555550125" })
      .catch((caught: unknown) => caught);
    expect(refused).toMatchObject({ name: "ApiError", status: 401 });
    expect(String((refused as Error).message)).not.toContain("not-a-token");

    await expect(agent.updateConversationParticipant("", "p", { held: true })).rejects.toMatchObject({
      name: "ValidationError",
    });
    expect(() => createAgentClient({ baseUrl: "ftp://x", templateVersion: "1", accessToken: "t" })).toThrow(
      /baseUrl/,
    );
  });
});
