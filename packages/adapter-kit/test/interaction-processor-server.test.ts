/**
 * The server kit over real WebSockets on 127.0.0.1: the seed's request shapes go in as raw frames, and every
 * answer is checked field by field and against specs/messages/interaction-processor.yaml.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { messageSchemas } from "@ccaas/types/specs";
import { createMessageValidator } from "@ccaas/validation";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import {
  CommandFailureError,
  createInteractionProcessor,
  type InteractionProcessorOptions,
  type ListeningProcessor,
  type PrepareSessionInput,
  type ServiceInfo,
} from "../src/interaction-processor/index";

const spec = createMessageValidator(messageSchemas);
const info: ServiceInfo = {
  vendor: "acme",
  version: "1.2.3",
  "cti-vendor": "acme-cti",
  "cti-version": "9.1",
  "instance-domain": "eu-1",
};
const password = "pw-Secret-4711";

/** The seed's prepareSession request. */
function prepareSession(override: boolean, agent = { id: "1001", password }) {
  return { command: "prepareSession", data: { model: "default", override, agent } };
}

/** A tiny CTI: agent 1001 (right password) gets a session; a second one asks to confirm unless override. */
function testHandlers(): Pick<InteractionProcessorOptions, "prepareSession" | "capabilities"> {
  const sessions = new Map<string, string>();
  let next = 0;
  return {
    capabilities: { voice: true, chat: false, maxSessions: 2 },
    prepareSession(request: PrepareSessionInput) {
      if (request.agent.password !== password)
        return {
          kind: "failure",
          code: "INVALID_CREDENTIALS",
          message: "The CTI refused the agent's credentials.",
        };
      const existing = sessions.get(request.agent.id);
      if (existing && !request.override)
        return {
          kind: "confirm",
          message: `Agent ${request.agent.id} already has a session on station S-1. Replace it?`,
        };
      next += 1;
      const id = `session-${next}`;
      sessions.set(request.agent.id, id);
      return { kind: "success", resource: { id } };
    },
  };
}

/** A raw socket that queues every message it receives. */
async function connect(url: string) {
  const socket = new WebSocket(url);
  const inbox: Record<string, unknown>[] = [];
  const waiters: ((message: Record<string, unknown>) => void)[] = [];
  socket.on("message", (data) => {
    const message = JSON.parse(String(data)) as Record<string, unknown>;
    const waiter = waiters.shift();
    if (waiter) waiter(message);
    else inbox.push(message);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("error", reject);
  });
  const next = (): Promise<Record<string, unknown>> => {
    const queued = inbox.shift();
    if (queued) return Promise.resolve(queued);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("no message within 2 s")), 2_000);
      waiters.push((message) => {
        clearTimeout(timer);
        resolve(message);
      });
    });
  };
  const ask = async (message: unknown) => {
    socket.send(typeof message === "string" ? message : JSON.stringify(message));
    const answer = await next();
    expect(spec.validate("interaction-processor.yaml#/$defs/InteractionProcessorResponse", answer)).toEqual(
      [],
    );
    return answer;
  };
  return { socket, next, ask, close: () => socket.close() };
}

const cleanup: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function start(extra: Partial<InteractionProcessorOptions> = {}) {
  const processor = createInteractionProcessor({ info, ...testHandlers(), ...extra });
  const listening: ListeningProcessor = await processor.listen({ port: 0, host: "127.0.0.1" });
  cleanup.push(() => processor.close());
  const client = await connect(listening.url);
  cleanup.push(() => client.close());
  expect(await client.next()).toEqual({ command: "serviceInfo", data: info });
  return { processor, listening, client };
}

describe("interaction processor server: the seed's envelopes", () => {
  it("sends serviceInfo first, on every new connection", async () => {
    const { listening } = await start();
    expect(listening.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
    const plain = await fetch(listening.url.replace("ws:", "http:"));
    expect(plain.status).toBe(426);
    const second = await connect(listening.url);
    cleanup.push(() => second.close());
    const event = await second.next();
    expect(event.command).toBe("serviceInfo");
    expect(event).not.toHaveProperty("result");
    expect(event.data).toEqual({
      vendor: "acme",
      version: "1.2.3",
      "cti-vendor": "acme-cti",
      "cti-version": "9.1",
      "instance-domain": "eu-1",
    });
  });

  it("prepareSession success: resource.id and resource.data echoing the request's data", async () => {
    const { client } = await start();
    const request = prepareSession(false);
    const answer = await client.ask(request);
    expect(Object.keys(answer)).toEqual(["command", "result", "resource"]);
    expect(answer.command).toBe("prepareSession");
    expect(answer.result).toBe("success");
    expect(answer.resource).toEqual({ id: "session-1", data: request.data });
  });

  it("prepareSession confirm then override: confirm echoes the request under original, override succeeds", async () => {
    const { client } = await start();
    await client.ask(prepareSession(false));
    const again = prepareSession(false);
    const confirm = await client.ask(again);
    expect(Object.keys(confirm)).toEqual(["command", "result", "message", "original"]);
    expect(confirm.command).toBe("prepareSession");
    expect(confirm.result).toBe("confirm");
    expect(confirm.message).toBe("Agent 1001 already has a session on station S-1. Replace it?");
    expect(confirm.original).toEqual(again);
    const override = prepareSession(true);
    const success = await client.ask(override);
    expect(success).toEqual({
      command: "prepareSession",
      result: "success",
      resource: { id: "session-2", data: override.data },
    });
  });

  it("prepareSession failure: failure.code and failure.message, original, no context", async () => {
    const { client } = await start();
    const request = prepareSession(false, { id: "1001", password: "wrong-password" });
    const answer = await client.ask(request);
    expect(Object.keys(answer)).toEqual(["command", "result", "failure", "original"]);
    expect(answer.command).toBe("prepareSession");
    expect(answer.result).toBe("failure");
    expect(answer.failure).toEqual({
      code: "INVALID_CREDENTIALS",
      message: "The CTI refused the agent's credentials.",
    });
    expect(answer.original).toEqual(request);
  });

  it("getCapabilities: success with the key value pairs under data; a function provider works too", async () => {
    const { client } = await start();
    const answer = await client.ask({ command: "getCapabilities", data: {} });
    expect(answer).toEqual({
      command: "getCapabilities",
      result: "success",
      data: { voice: true, chat: false, maxSessions: 2 },
    });
    // The seed's spaced name is accepted on the way in as well.
    expect(await client.ask({ command: " getCapabilities ", data: {} })).toMatchObject({ result: "success" });

    const dynamic = await start({ capabilities: async () => ({ voice: true, load: 0.5 }) });
    expect((await dynamic.client.ask({ command: "getCapabilities", data: {} })).data).toEqual({
      voice: true,
      load: 0.5,
    });
  });

  it("echoes requestId on every answer, and answers getServiceInfo with a serviceInfo event", async () => {
    const { client } = await start();
    const answer = await client.ask({ ...prepareSession(false), requestId: "r-1" });
    expect(answer).toMatchObject({ result: "success", requestId: "r-1" });
    const infoEvent = await client.ask({ command: "getServiceInfo", data: {}, requestId: "r-2" });
    expect(infoEvent).toEqual({ command: "serviceInfo", data: info, requestId: "r-2" });
    expect(await client.ask({ command: "getServiceInfo" })).toEqual({ command: "serviceInfo", data: info });
  });
});

describe("interaction processor server: protocol errors keep the connection up", () => {
  it("an unknown command gets UNKNOWN_COMMAND with original and requestId", async () => {
    const { client } = await start();
    const request = { command: "reboot", data: {}, requestId: "req-7" };
    const answer = await client.ask(request);
    expect(answer).toEqual({
      command: "reboot",
      result: "failure",
      failure: {
        code: "UNKNOWN_COMMAND",
        message:
          'Unknown command "reboot"; this service supports prepareSession, getCapabilities and getServiceInfo.',
      },
      original: request,
      requestId: "req-7",
    });
    expect(client.socket.readyState).toBe(WebSocket.OPEN);
    expect(await client.ask({ command: "getCapabilities", data: {} })).toMatchObject({ result: "success" });
  });

  it("malformed JSON gets MALFORMED_REQUEST with an empty command and no original", async () => {
    const { client } = await start();
    const answer = await client.ask('{"command": "prepareSession", "data": {');
    expect(answer.command).toBe("");
    expect(answer.result).toBe("failure");
    expect((answer.failure as { code: string }).code).toBe("MALFORMED_REQUEST");
    expect((answer.failure as { message: string }).message).toMatch(/not valid JSON/);
    expect(answer).not.toHaveProperty("original");
    for (const frame of ["[1,2]", '"text"', "null", "{}"]) {
      const failure = await client.ask(frame);
      expect(failure).toMatchObject({
        command: "",
        result: "failure",
        failure: { code: "MALFORMED_REQUEST" },
      });
    }
    expect(client.socket.readyState).toBe(WebSocket.OPEN);
    expect(await client.ask(prepareSession(false))).toMatchObject({ result: "success" });
  });

  it("a request that breaks the spec gets MALFORMED_REQUEST naming the field, never the password", async () => {
    const { client } = await start();
    const noPassword = {
      command: "prepareSession",
      data: { model: "m", override: false, agent: { id: "1001" } },
    };
    const missing = await client.ask(noPassword);
    expect(missing).toMatchObject({
      command: "prepareSession",
      result: "failure",
      failure: { code: "MALFORMED_REQUEST" },
      original: noPassword,
    });
    expect((missing.failure as { message: string }).message).toContain("/data/agent/password is required");
    const misspelled = {
      command: "prepareSession",
      data: { model: "m", overide: true, agent: { id: "1001", password } },
    };
    const answer = await client.ask(misspelled);
    const message = (answer.failure as { message: string }).message;
    expect(message).toContain("/data/overide is not a known field");
    expect(message).not.toContain(password);
    expect(answer.original).toEqual(misspelled);
    const badData = await client.ask({ command: "getCapabilities", data: 5 });
    expect(badData).toMatchObject({ command: "getCapabilities", failure: { code: "MALFORMED_REQUEST" } });
    expect(badData).not.toHaveProperty("original");
  });
});

describe("interaction processor server: handler errors", () => {
  const boom = () => {
    throw new Error(`database said no for password ${password}`);
  };

  it("a thrown error becomes INTERNAL_ERROR with a generic message and no context by default", async () => {
    const { client } = await start({ prepareSession: boom });
    const request = prepareSession(false);
    const answer = await client.ask(request);
    expect(answer).toEqual({
      command: "prepareSession",
      result: "failure",
      failure: {
        code: "INTERNAL_ERROR",
        message:
          "The service failed while handling prepareSession. Try again; if it keeps failing, the service's logs say why.",
      },
      original: request,
    });
  });

  it("exposeErrorContext puts the stack in failure.context, with the password scrubbed", async () => {
    const { client } = await start({ prepareSession: boom, exposeErrorContext: true });
    const answer = await client.ask(prepareSession(false));
    const failure = answer.failure as { code: string; context: string };
    expect(failure.code).toBe("INTERNAL_ERROR");
    expect(failure.context).toMatch(/^Error: database said no for password \[redacted\]\n\s+at /);
    expect(failure.context).not.toContain(password);
  });

  it("a thrown CommandFailureError answers with its own code and message", async () => {
    const { client } = await start({
      prepareSession: () => {
        throw new CommandFailureError("The CTI is in maintenance until 22:00.", { code: "CTI_UNAVAILABLE" });
      },
      capabilities: () => {
        throw new Error("capability store down");
      },
    });
    expect((await client.ask(prepareSession(false))).failure).toEqual({
      code: "CTI_UNAVAILABLE",
      message: "The CTI is in maintenance until 22:00.",
    });
    const capabilities = await client.ask({ command: "getCapabilities", data: {} });
    expect(capabilities).toMatchObject({
      command: "getCapabilities",
      result: "failure",
      failure: { code: "INTERNAL_ERROR" },
      original: { command: "getCapabilities", data: {} },
    });
  });

  it("a confirm answered to override: true is refused as INTERNAL_ERROR", async () => {
    const { client } = await start({ prepareSession: () => ({ kind: "confirm", message: "Sure?" }) });
    expect(await client.ask(prepareSession(true))).toMatchObject({ failure: { code: "INTERNAL_ERROR" } });
    expect(await client.ask(prepareSession(false))).toMatchObject({ result: "confirm", message: "Sure?" });
  });
});

describe("interaction processor server: ordering, secrets, transports", () => {
  it("answers requests without requestId in arrival order, even when the first is slower", async () => {
    const { client } = await start({
      prepareSession: async (request) => {
        await new Promise((resolve) => setTimeout(resolve, request.model === "slow" ? 150 : 1));
        return { kind: "success", resource: { id: request.model } };
      },
    });
    const slow = {
      command: "prepareSession",
      data: { model: "slow", override: false, agent: { id: "1", password } },
    };
    const fast = {
      command: "prepareSession",
      data: { model: "fast", override: false, agent: { id: "2", password } },
    };
    client.socket.send(JSON.stringify(slow));
    client.socket.send(JSON.stringify(fast));
    expect(((await client.next()).resource as { id: string }).id).toBe("slow");
    expect(((await client.next()).resource as { id: string }).id).toBe("fast");
    // With requestIds the fast one is not held back.
    client.socket.send(JSON.stringify({ ...slow, requestId: "a" }));
    client.socket.send(JSON.stringify({ ...fast, requestId: "b" }));
    expect((await client.next()).requestId).toBe("b");
    expect((await client.next()).requestId).toBe("a");
  });

  it("never writes the password to the log, at any level, whatever happens", async () => {
    const lines: string[] = [];
    const capture = (line: string) => lines.push(line);
    const logger = { debug: capture, info: capture, warn: capture, error: capture };
    let calls = 0;
    const { client, processor } = await start({
      logger,
      exposeErrorContext: true,
      prepareSession: (request) => {
        calls += 1;
        if (calls === 2) return { kind: "confirm", message: "Replace it?" };
        if (calls === 3) throw new Error(`CTI rejected ${request.agent.password}`);
        if (calls === 4) return { kind: "failure", code: "INVALID_CREDENTIALS", message: "Bad credentials." };
        return { kind: "success", resource: { id: `s-${calls}` } };
      },
    });
    const requests: unknown[] = [
      prepareSession(false),
      prepareSession(false),
      prepareSession(true),
      prepareSession(false),
      { ...prepareSession(false), extra: password },
      `{"command":"prepareSession","data":{"agent":{"password":"${password}"`,
      { command: "nope", data: { password } },
    ];
    for (const request of requests) await client.ask(request);
    await processor.close();
    expect(lines.length).toBeGreaterThan(requests.length);
    expect(lines.join("\n")).toContain("prepareSession agent 1001 -> confirm");
    expect(lines.join("\n")).toContain("handler failed");
    for (const line of lines) expect(line).not.toContain(password);
  });

  it("attaches to an existing HTTP server at a path, leaving other paths alone", async () => {
    const server = createServer((_request, response) => response.end("app"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    cleanup.push(() => new Promise((resolve) => server.close(resolve)));
    const processor = createInteractionProcessor({ info, ...testHandlers() });
    const attachment = await processor.attach(server, { path: "/ip" });
    const { port } = server.address() as AddressInfo;
    const client = await connect(`ws://127.0.0.1:${port}/ip`);
    expect((await client.next()).command).toBe("serviceInfo");
    expect(processor.connectionCount).toBe(1);
    expect(await client.ask({ command: "getCapabilities", data: {} })).toMatchObject({ result: "success" });
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe("app");
    await expect(connect(`ws://127.0.0.1:${port}/other`)).rejects.toThrow(/404/);
    const closed = new Promise<number>((resolve) => client.socket.once("close", resolve));
    await attachment.close();
    expect(await closed).toBe(1001);
    expect(processor.connectionCount).toBe(0);
  });

  it("reports connections and requests as events without their data", async () => {
    const processor = createInteractionProcessor({ info, ...testHandlers() });
    const seen: string[] = [];
    processor.on("connection", () => seen.push("connection"));
    processor.on("request", (event) =>
      seen.push(`${event.command} ${event.result} ${event.code ?? ""}`.trim()),
    );
    processor.on("disconnect", (event) => seen.push(`disconnect ${event.code}`));
    const listening = await processor.listen({ port: 0 });
    cleanup.push(() => processor.close());
    const client = await connect(listening.url);
    await client.next();
    await client.ask(prepareSession(false, { id: "1001", password: "bad-password" }));
    client.close();
    await new Promise((resolve) => processor.once("disconnect", () => resolve(undefined)));
    expect(seen).toEqual(["connection", "prepareSession failure INVALID_CREDENTIALS", "disconnect 1005"]);
  });

  it("refuses options that break the seed", () => {
    const { "instance-domain": _, ...partial } = info;
    expect(() => createInteractionProcessor({ info: partial as ServiceInfo, ...testHandlers() })).toThrow(
      /instance-domain/,
    );
  });
});
