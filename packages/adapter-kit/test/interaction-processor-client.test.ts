/**
 * The client against real instances on 127.0.0.1 (the server kit, and raw `ws` servers that behave like the
 * seed): confirm then override or decline, failures, the seed's spaced command, timeouts, instance-domain
 * checks, spreading sessions, and failover when an instance is stopped mid-request.
 */
import { NetworkError, TimeoutError, ValidationError } from "@ccaas/types";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket, WebSocketServer } from "ws";
import {
  CommandFailureError,
  createInteractionProcessor,
  createInteractionProcessorClient,
  type InteractionProcessorClient,
  type InteractionProcessorClientOptions,
  type PrepareSessionInput,
  type ServiceInfo,
} from "../src/interaction-processor/index";

const password = "pw-Secret-4711";
const agent = { id: "1001", password };
const info = (domain = "eu-1", vendor = "acme"): ServiceInfo => ({
  vendor,
  version: "1.0.0",
  "cti-vendor": "acme-cti",
  "cti-version": "9.1",
  "instance-domain": domain,
});

const cleanup: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

interface Instance {
  url: string;
  port: number;
  /** Data of every prepareSession the instance received, in order. */
  received: PrepareSessionInput[];
  /** When set, prepareSession waits for the connection to close instead of answering. */
  hang: boolean;
  stop(): Promise<void>;
}

/** An instance of the server kit over a CTI shared by every instance (as in a real instance-domain). */
async function startInstance(
  cti: Map<string, string>,
  options: { domain?: string; port?: number; exposeErrorContext?: boolean } = {},
): Promise<Instance> {
  const instance = { received: [] as PrepareSessionInput[], hang: false } as Instance;
  const processor = createInteractionProcessor({
    info: info(options.domain),
    capabilities: { voice: true, chat: false, maxSessions: 4 },
    exposeErrorContext: options.exposeErrorContext ?? false,
    async prepareSession(request, context) {
      instance.received.push(request);
      if (instance.hang) {
        // A stopped instance never reaches its CTI: the request is lost with it.
        await new Promise((resolve) => context.signal.addEventListener("abort", resolve, { once: true }));
        throw new Error("stopped");
      }
      if (request.agent.password !== password)
        return {
          kind: "failure",
          code: "INVALID_CREDENTIALS",
          message: "The CTI refused the agent's credentials.",
        };
      if (cti.has(request.agent.id) && !request.override)
        return {
          kind: "confirm",
          message: `Agent ${request.agent.id} already has a session on station X. Replace it?`,
        };
      const id = `session-${cti.size + 1}-${request.agent.id}`;
      cti.set(request.agent.id, id);
      return { kind: "success", resource: { id } };
    },
  });
  const listening = await processor.listen({ port: options.port ?? 0 });
  let stopped = false;
  instance.url = listening.url;
  instance.port = listening.port;
  instance.stop = async () => {
    if (stopped) return;
    stopped = true;
    await processor.close();
  };
  cleanup.push(instance.stop);
  return instance;
}

function client(options: InteractionProcessorClientOptions): InteractionProcessorClient {
  const created = createInteractionProcessorClient({ requestTimeoutMs: 2_000, ...options });
  cleanup.push(() => created.close());
  return created;
}

async function allReady(ipc: InteractionProcessorClient, count: number): Promise<void> {
  const deadline = Date.now() + 3_000;
  while (ipc.instances().filter((status) => status.state === "ready").length < count) {
    if (Date.now() > deadline) throw new Error(`not ${count} ready: ${JSON.stringify(ipc.instances())}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A raw `ws` server that answers like the seed: no requestId, `" getCapabilities "` with spaces. */
async function startSeedServer(answer: (request: Record<string, unknown>) => unknown | undefined) {
  const server = new WebSocketServer({ port: 0, host: "127.0.0.1" });
  await new Promise((resolve) => server.once("listening", resolve));
  const frames: Record<string, unknown>[] = [];
  server.on("connection", (socket) => {
    socket.send(JSON.stringify({ command: "serviceInfo", data: info() }));
    socket.on("message", (data) => {
      const request = JSON.parse(String(data)) as Record<string, unknown>;
      frames.push(request);
      const reply = answer(request);
      if (reply !== undefined) socket.send(JSON.stringify(reply));
    });
  });
  cleanup.push(() => new Promise((resolve) => server.close(resolve)));
  const { port } = server.address() as { port: number };
  return { url: `ws://127.0.0.1:${port}`, frames };
}

describe("interaction processor client: prepareSession", () => {
  it("prepares a session on an instance and says where", async () => {
    const one = await startInstance(new Map());
    const ipc = client({ instances: [one.url] });
    await ipc.ready();
    expect(ipc.instances()).toEqual([{ url: one.url, state: "ready", serviceInfo: info(), sessions: 0 }]);
    const result = await ipc.prepareSession({ model: "default", agent });
    expect(result).toEqual({
      status: "prepared",
      sessionId: "session-1-1001",
      instance: one.url,
      overridden: false,
    });
    expect(one.received).toEqual([{ model: "default", agent, override: false }]);
    expect(ipc.instances()[0]?.sessions).toBe(1);
    ipc.releaseSession("session-1-1001");
    expect(ipc.instances()[0]?.sessions).toBe(0);
  });

  it("confirm then override: asks onConfirm with the prompt, then sends override: true", async () => {
    const cti = new Map([["1001", "old-session"]]);
    const one = await startInstance(cti);
    const prompts: unknown[] = [];
    const ipc = client({
      instances: [one.url],
      onConfirm: async (message, context) => {
        prompts.push({ message, context });
        return true;
      },
    });
    const result = await ipc.prepareSession({ model: "default", agent });
    expect(prompts).toEqual([
      {
        message: "Agent 1001 already has a session on station X. Replace it?",
        context: { agentId: "1001", instance: one.url },
      },
    ]);
    expect(one.received.map((request) => request.override)).toEqual([false, true]);
    expect(result).toMatchObject({ status: "prepared", overridden: true, instance: one.url });
    expect(cti.get("1001")).toBe((result as { sessionId: string }).sessionId);
  });

  it("confirm then declined: no second request, the old session stays", async () => {
    const cti = new Map([["1001", "old-session"]]);
    const one = await startInstance(cti);
    const ipc = client({ instances: [one.url], onConfirm: () => true });
    const result = await ipc.prepareSession({ model: "default", agent }, { onConfirm: async () => false });
    expect(result).toEqual({
      status: "declined",
      message: "Agent 1001 already has a session on station X. Replace it?",
      instance: one.url,
    });
    // Without any onConfirm the answer is no as well: nothing is destroyed unasked.
    const unasked = client({ instances: [one.url] });
    expect(await unasked.prepareSession({ model: "default", agent })).toMatchObject({ status: "declined" });
    expect(one.received.map((request) => request.override)).toEqual([false, false]);
    expect(cti.get("1001")).toBe("old-session");
  });

  it("a failure rejects with CommandFailureError: code, message, context, original without the password", async () => {
    const one = await startInstance(new Map(), { exposeErrorContext: true });
    const ipc = client({ instances: [one.url] });
    const error = await ipc
      .prepareSession({ model: "default", agent: { id: "1001", password: "wrong-password" } })
      .catch((caught: unknown) => caught);
    expect(CommandFailureError.isInstance(error)).toBe(true);
    const failure = error as CommandFailureError;
    expect(failure.code).toBe("INVALID_CREDENTIALS");
    expect(failure.message).toBe("The CTI refused the agent's credentials.");
    expect(failure.command).toBe("prepareSession");
    expect(failure.context).toBeUndefined();
    expect(failure.instance).toBe(one.url);
    expect(failure.original).toMatchObject({
      command: "prepareSession",
      data: { model: "default", override: false, agent: { id: "1001", password: "[redacted]" } },
    });
    expect(JSON.stringify(failure)).not.toContain("wrong-password");
    expect(String(failure.stack)).not.toContain("wrong-password");
  });

  it("carries failure.context when the service sends one", async () => {
    const seed = await startSeedServer((request) => ({
      command: "prepareSession",
      result: "failure",
      failure: { code: "CTI_DOWN", message: "The CTI does not answer.", context: "at cti.login (cti.js:10)" },
      original: request,
    }));
    const ipc = client({ instances: [seed.url] });
    const error = (await ipc
      .prepareSession({ model: "m", agent })
      .catch((caught) => caught)) as CommandFailureError;
    expect(error).toMatchObject({ code: "CTI_DOWN", context: "at cti.login (cti.js:10)" });
  });

  it("refuses arguments that break the spec before sending anything", async () => {
    const one = await startInstance(new Map());
    const ipc = client({ instances: [one.url] });
    const error = await ipc
      .prepareSession({ model: "default", agent: { id: "1001" } as typeof agent })
      .catch((caught: unknown) => caught);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as ValidationError).issues).toEqual([
      { path: "/data/agent/password", message: "is required" },
    ]);
    expect(one.received).toEqual([]);
  });

  it("never logs the password", async () => {
    const cti = new Map([["1001", "old"]]);
    const one = await startInstance(cti);
    const lines: string[] = [];
    const capture = (line: string) => lines.push(line);
    const ipc = client({
      instances: [one.url],
      logger: { debug: capture, info: capture, warn: capture, error: capture },
      onConfirm: () => true,
    });
    await ipc.prepareSession({ model: "default", agent });
    await ipc
      .prepareSession({ model: "default", agent: { id: "1001", password: "wrong-Secret-1" } })
      .catch(() => {});
    expect(lines.join("\n")).toContain("prepared session");
    for (const line of lines) {
      expect(line).not.toContain(password);
      expect(line).not.toContain("wrong-Secret-1");
    }
  });
});

describe("interaction processor client: getCapabilities, correlation, timeouts", () => {
  it("getCapabilities returns the key value pairs", async () => {
    const one = await startInstance(new Map());
    const ipc = client({ instances: [one.url], WebSocket: WebSocket as never });
    expect(await ipc.getCapabilities()).toEqual({ voice: true, chat: false, maxSessions: 4 });
  });

  it("accepts the seed's spaced command and answers without requestId, correlated by command order", async () => {
    const seed = await startSeedServer((request) =>
      request.command === "getCapabilities"
        ? { command: " getCapabilities ", result: "success", data: { spaced: true } }
        : {
            command: "prepareSession",
            result: "success",
            resource: { id: `s-${(request.data as { agent: { id: string } }).agent.id}`, data: request.data },
          },
    );
    const ipc = client({ instances: [seed.url] });
    const [capabilities, first, second] = await Promise.all([
      ipc.getCapabilities(),
      ipc.prepareSession({ model: "m", agent: { id: "a", password } }),
      ipc.prepareSession({ model: "m", agent: { id: "b", password } }),
    ]);
    expect(capabilities).toEqual({ spaced: true });
    expect(first).toMatchObject({ sessionId: "s-a" });
    expect(second).toMatchObject({ sessionId: "s-b" });
    // The client sends requestIds all the same (the extension), in the seed's shape otherwise.
    expect(seed.frames[0]).toEqual({ command: "getCapabilities", data: {}, requestId: expect.any(String) });
    // And the bare name, with a failure for it:
    const bare = await startSeedServer((request) => ({
      command: "getCapabilities",
      result: "failure",
      failure: { code: "NOT_NOW", message: "Later." },
      original: request,
    }));
    const other = client({ instances: [bare.url] });
    await expect(other.getCapabilities()).rejects.toMatchObject({
      code: "NOT_NOW",
      command: "getCapabilities",
    });
  });

  it("a request without an answer rejects with TimeoutError after requestTimeoutMs", async () => {
    const silent = await startSeedServer(() => undefined);
    const ipc = client({ instances: [silent.url], requestTimeoutMs: 300 });
    await ipc.ready();
    const started = performance.now();
    const error = await ipc.getCapabilities().catch((caught: unknown) => caught);
    const elapsed = performance.now() - started;
    expect(TimeoutError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: "timeout", timeoutMs: 300 });
    expect((error as Error).message).toContain("getCapabilities got no answer");
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(1_000);
  });

  it("an answer that breaks the spec rejects with ValidationError", async () => {
    const broken = await startSeedServer(() => ({ command: "getCapabilities", result: "success" }));
    const ipc = client({ instances: [broken.url] });
    const error = await ipc.getCapabilities().catch((caught: unknown) => caught);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain("/data is required");
  });

  it("without any ready instance a request rejects with NetworkError (no_instance), hiding URL secrets", async () => {
    const lines: string[] = [];
    const capture = (line: string) => lines.push(line);
    const ipc = client({
      instances: ["ws://127.0.0.1:9", "ws://user:url-Secret-1@127.0.0.1:9/ip?token=url-Secret-2"],
      requestTimeoutMs: 200,
      logger: { debug: capture, info: capture, warn: capture, error: capture },
    });
    const error = await ipc.getCapabilities().catch((caught: unknown) => caught);
    expect(NetworkError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: "no_instance" });
    expect((error as Error).message).toContain("ws://127.0.0.1:9/ip?[redacted] down");
    expect([...lines, (error as Error).message].join("\n")).not.toContain("url-Secret");
  });
});

describe("interaction processor client: closing", () => {
  it("close() rejects requests waiting for an instance at once, with NetworkError (client_closed)", async () => {
    const ipc = client({ instances: ["ws://127.0.0.1:9"], requestTimeoutMs: 5_000 });
    const pending = ipc.getCapabilities().catch((caught: unknown) => caught);
    const started = performance.now();
    ipc.close();
    expect(await pending).toMatchObject({ code: "client_closed" });
    expect(performance.now() - started).toBeLessThan(100);
    expect(ipc.instances().map((status) => status.state)).toEqual(["closed"]);
    await expect(ipc.prepareSession({ model: "m", agent })).rejects.toMatchObject({ code: "client_closed" });
  });
});

describe("interaction processor client: instances, spread and failover", () => {
  it("excludes an instance of another instance-domain with an error event", async () => {
    const cti = new Map<string, string>();
    const good = await startInstance(cti, { domain: "eu-1" });
    const wrong = await startInstance(cti, { domain: "us-2" });
    const errors: string[] = [];
    const ipc = client({ instances: [good.url, wrong.url], instanceDomain: "eu-1" });
    ipc.on("error", ({ url, error }) => errors.push(`${url} ${error.code}`));
    await allReady(ipc, 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(errors).toEqual([`${wrong.url} instance_domain_mismatch`]);
    expect(ipc.instances().map((status) => status.state)).toEqual(["ready", "excluded"]);
    for (const id of ["1", "2", "3"]) await ipc.prepareSession({ model: "m", agent: { id, password } });
    expect(good.received).toHaveLength(3);
    expect(wrong.received).toHaveLength(0);
  });

  it("spreads sessions over the instances, fewest sessions first", async () => {
    const cti = new Map<string, string>();
    const instances = [await startInstance(cti), await startInstance(cti), await startInstance(cti)];
    const ipc = client({ discover: async () => instances.map((instance) => instance.url) });
    await allReady(ipc, 3);
    const results = await Promise.all(
      Array.from({ length: 9 }, (_, index) =>
        ipc.prepareSession({ model: "m", agent: { id: `a${index}`, password } }),
      ),
    );
    expect(instances.map((instance) => instance.received.length)).toEqual([3, 3, 3]);
    expect(ipc.instances().map((status) => status.sessions)).toEqual([3, 3, 3]);
    // Releasing two on the first makes it the next choice.
    for (const result of results.filter((r) => r.instance === instances[0]?.url).slice(0, 2))
      if (result.status === "prepared") ipc.releaseSession(result.sessionId);
    const next = await ipc.prepareSession({ model: "m", agent: { id: "z", password } });
    expect(next.instance).toBe(instances[0]?.url);
  });

  it("fails an in-flight prepareSession over when its instance is stopped, then sends new sessions elsewhere and reconnects", async () => {
    const cti = new Map<string, string>();
    const a = await startInstance(cti);
    const b = await startInstance(cti);
    a.hang = true;
    b.hang = true;
    const events: string[] = [];
    const ipc = client({
      instances: [a.url, b.url],
      reconnect: { initialDelayMs: 50, maxDelayMs: 200 },
    });
    ipc.on("failover", ({ command, from, to }) => events.push(`failover ${command} ${from} -> ${to}`));
    ipc.on("instanceDown", ({ url, sessions }) => events.push(`down ${url} ${sessions.length}`));
    await allReady(ipc, 2);
    const earlier = await (async () => {
      a.hang = false;
      b.hang = false;
      const result = await ipc.prepareSession({ model: "m", agent: { id: "0999", password } });
      a.hang = true;
      b.hang = true;
      return result;
    })();
    const pending = ipc.prepareSession({ model: "m", agent });
    // Whichever instance got it is the one to stop; the other answers.
    while (a.received.length + b.received.length < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    const [dying, survivor] = a.received.some((request) => request.agent.id === "1001") ? [a, b] : [b, a];
    survivor.hang = false;
    const stoppedAt = performance.now();
    await dying.stop();
    const result = await pending;
    const failoverMs = performance.now() - stoppedAt;
    expect(result).toMatchObject({ status: "prepared", instance: survivor.url, overridden: false });
    expect(survivor.received.at(-1)).toEqual({ model: "m", agent, override: false });
    expect(events).toContain(`failover prepareSession ${dying.url} -> ${survivor.url}`);
    expect(events).toContain(`down ${dying.url} ${earlier.instance === dying.url ? 1 : 0}`);
    expect(failoverMs).toBeLessThan(1_000);

    // New sessions go to the survivor while the other is down.
    const later = await ipc.prepareSession({ model: "m", agent: { id: "2002", password } });
    expect(later.instance).toBe(survivor.url);
    // Down, or between two reconnect attempts.
    expect(ipc.instances().find((status) => status.url === dying.url)?.state).toMatch(/^(down|connecting)$/);

    // The dead instance comes back on its port: the client reconnects in the background.
    const back = await startInstance(cti, { port: dying.port });
    await allReady(ipc, 2);
    const after = await ipc.prepareSession({ model: "m", agent: { id: "3003", password } });
    expect(after.instance).toBe(back.url);
  });

  it("a request whose instance dies with no other instance left rejects with NetworkError", async () => {
    const only = await startInstance(new Map());
    only.hang = true;
    const ipc = client({
      instances: [only.url],
      requestTimeoutMs: 300,
      reconnect: { initialDelayMs: 5_000 },
    });
    await ipc.ready();
    const pending = ipc.prepareSession({ model: "m", agent }).catch((caught: unknown) => caught);
    while (only.received.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await only.stop();
    const error = await pending;
    expect(NetworkError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: "no_instance" });
  });
});
