/**
 * The Voice API the tests talk to: `@ccaas/sandbox` in-process behind its msw bridge (`sandboxHandlers`),
 * a fresh one for every test, at `https://voice.test/Voice`. It validates every request and response against
 * specs/voice-api.yaml, enforces the token-first rule and token expiry, answers NO_ENDPOINT_REGISTERED until
 * the web phone is online, and moves calls through Setup -> Dialing -> Answered -> Finished on its clock.
 *
 * - Every request msw sees is recorded, cloned before anyone reads it, for the assertions about the wire.
 * - A request no handler answers fails the test (msw 3's `onUnhandledFrame`, then asserted after each test).
 * - A response the sandbox sent that broke the spec fails the test too.
 *
 * Faults the sandbox cannot produce are per-test `server.use(...)` overrides on top (see faults.ts).
 */
import {
  createSandbox,
  type InProcessSandbox,
  type InProcessSandboxOptions,
  sandboxHandlers,
} from "@ccaas/sandbox/msw";
import { type SetupServer, setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import { createVoiceClient, type VoiceClient, type VoiceClientOptions } from "../../src/index";

export const origin = "https://voice.test";
export const baseUrl = `${origin}/Voice`;
export const login = "flex";
/** Not the sandbox's demo password, so a test sees the configured one is used (and kept secret). */
export const password = "12345678-Secret";
export const codCampaign = "0";
/** The campaign whose Call/Status the sandbox answers in the seed example's voice_* form. */
export const legacyCampaign = "legacy";

export interface SentBody {
  /** The path under the Voice API's base URL: `/Login`, `/Call/Server`, ... */
  path: string;
  /** The raw JSON text, as it went on the wire. */
  body: string;
}

export interface SandboxHarness {
  /** The msw server: `server.use(...)` layers a test's fault on top of the sandbox. */
  readonly server: SetupServer;
  /** The current test's sandbox. */
  readonly sandbox: InProcessSandbox;
  /** Every request msw saw during the current test, in order. */
  readonly requests: Request[];
  /** The bodies of those requests, in order. */
  bodies(): Promise<SentBody[]>;
  /** How many requests went to `path` (`/Login`, `/Call/Status`, ...) during the current test. */
  count(path: string): number;
  /**
   * Replaces the current test's sandbox with one made with these options (merged over the file's). Call it
   * before adding overrides: its handlers go first.
   */
  restart(options: InProcessSandboxOptions): InProcessSandbox;
  /** Marks the Voice API login's web phone online (or offline) through the sandbox's control. */
  setWebPhoneOnline(online: boolean): void;
  /** A Voice API client for the sandbox. */
  client(options?: Partial<VoiceClientOptions>): VoiceClient;
}

const pathOf = (request: Request) => new URL(request.url).pathname.replace(/^\/Voice/, "");

/** Sets up the file's msw server and gives each test a fresh sandbox made with `options`. */
export function useSandbox(options: InProcessSandboxOptions = {}): SandboxHarness {
  const server = setupServer();
  const unhandled: string[] = [];
  const requests: Request[] = [];
  const sandboxes: InProcessSandbox[] = [];

  function start(extra: InProcessSandboxOptions = {}): InProcessSandbox {
    const sandbox = createSandbox({
      baseUrl: origin,
      ...options,
      ...extra,
      voiceApi: { login, password, codCampaign, ...options.voiceApi, ...extra.voiceApi },
    });
    sandboxes.push(sandbox);
    server.use(...sandboxHandlers(sandbox));
    return sandbox;
  }
  const current = () => {
    const sandbox = sandboxes.at(-1);
    if (!sandbox) throw new Error("The sandbox exists only while a test runs.");
    return sandbox;
  };

  server.events.on("request:start", ({ request }) => {
    requests.push(request.clone());
  });
  beforeAll(() =>
    server.listen({
      onUnhandledFrame({ frame, defaults }) {
        const request = (frame.data as { request?: Request }).request;
        unhandled.push(request ? `${request.method} ${request.url}` : frame.protocol);
        defaults.error();
      },
    }),
  );
  beforeEach(() => {
    start();
  });
  afterEach(async () => {
    server.resetHandlers();
    requests.length = 0;
    const used = sandboxes.splice(0);
    for (const sandbox of used) await sandbox.stop();
    expect(unhandled.splice(0), "requests without an msw handler").toEqual([]);
    expect(
      used.flatMap((sandbox) => sandbox.core.violations.entries),
      "responses that broke the spec",
    ).toEqual([]);
  });
  afterAll(() => server.close());

  return {
    server,
    get sandbox() {
      return current();
    },
    requests,
    bodies: () =>
      Promise.all(
        requests.map(async (request) => ({ path: pathOf(request), body: await request.clone().text() })),
      ),
    count: (path) => requests.filter((request) => pathOf(request) === path).length,
    restart: start,
    setWebPhoneOnline(online) {
      // The Voice API login's web phone is the sandbox's first agent.
      const [agent] = current().control.info().agents;
      if (!agent) throw new Error("the sandbox has no agent");
      current().control.setWebPhoneOnline(agent.id, online);
    },
    client: (overrides = {}) => createVoiceClient({ baseUrl, login, password, codCampaign, ...overrides }),
  };
}
