/** Secrets (client secret, the Basic credentials, agent tokens and passwords) never reach a log line or an error. */
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { createPartnerClient, type Logger } from "../src/index";
import { baseUrl, clientId, clientSecret, templateVersion, useSandbox } from "./support/sandbox";

const agentPassword = "agent-Pa55word";
const platform = useSandbox({ agents: [{ userName: "testAgent", password: agentPassword }] });
const { server } = platform;
const basicCredentials = btoa(`${clientId}:${clientSecret}`);

function capturingLogger() {
  const lines: string[] = [];
  const logger: Logger = {
    debug: (line) => lines.push(line),
    info: (line) => lines.push(line),
    warn: (line) => lines.push(line),
    error: (line) => lines.push(line),
  };
  return { lines, logger };
}

function everythingIn(error: unknown): string {
  const fields = error as Record<string, unknown>;
  return [String(error), (error as Error).stack, JSON.stringify(error), JSON.stringify(fields.body)].join(
    "\n",
  );
}

describe("secrets", () => {
  it("stay out of log lines and error messages, even when the server echoes them", async () => {
    // A misbehaving server that echoes what it was sent, credentials included, in its error message.
    server.use(
      http.all(`${baseUrl}/*`, ({ request }) =>
        HttpResponse.json(
          {
            code: "unauthorized",
            message: `Rejected ${request.headers.get("authorization")} (secret ${clientSecret}).`,
          },
          { status: 503, headers: { "x-request-id": "req_1" } },
        ),
      ),
    );
    const { lines, logger } = capturingLogger();
    const client = platform.client({ logger, retry: { maxAttempts: 2, baseDelayMs: 1 } });
    const error = await client.listVoiceProviders().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: "ApiError", status: 503 });
    expect((error as Error).message).toContain("[redacted]");
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const text of [...lines, everythingIn(error)]) {
      expect(text).not.toContain(clientSecret);
      expect(text).not.toContain(basicCredentials);
    }
  });

  it("an agent's password and token, once loginAgent has seen them, are redacted too", async () => {
    // The sign-in is the sandbox's; the station endpoint misbehaves, echoing the token and the password.
    server.use(
      http.get(`${baseUrl}/api/v2/users/me/station`, ({ request }) =>
        HttpResponse.json(
          {
            code: "forbidden",
            message: `Token ${request.headers.get("authorization")} / ${agentPassword} refused.`,
          },
          { status: 403 },
        ),
      ),
    );
    const { lines, logger } = capturingLogger();
    let token = "";
    const client = createPartnerClient({ baseUrl, templateVersion, logger, accessToken: () => token });
    token = (await client.loginAgent({ userName: "testAgent", password: agentPassword })).access_token;
    expect(token).not.toBe("");
    const error = await client.getMyStation().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 403 });
    expect((error as Error).message).toContain("[redacted]");
    for (const text of [...lines, everythingIn(error)]) {
      expect(text).not.toContain(agentPassword);
      expect(text).not.toContain(token);
    }
  });

  it("are never echoed by option validation", () => {
    let message = "";
    try {
      createPartnerClient({ baseUrl, templateVersion, clientSecret: "only-the-secret-given" });
    } catch (error) {
      message = everythingIn(error);
    }
    expect(message).toMatch(/clientId is required with the other one/);
    expect(message).not.toContain("only-the-secret-given");
  });
});
