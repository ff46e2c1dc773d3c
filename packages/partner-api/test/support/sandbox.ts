/**
 * The platform the partner API tests talk to: `@ccaas/sandbox` in-process behind its msw bridge
 * (`sandboxHandlers`), a fresh one for every test, answering at the URL the client is configured with. It
 * validates every request and response against specs/partner-api.yaml.
 *
 * - Every request msw sees is recorded, cloned before anyone reads it, for the assertions about the wire.
 * - A request no handler answers fails the test: msw 3's `onUnhandledFrame` rejects it (the client then
 *   throws), and the unhandled requests are asserted empty after each test, so a test that expects a
 *   NetworkError cannot pass because of a missing handler.
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
import { createPartnerClient, type PartnerClient, type PartnerClientOptions } from "../../src/index";

export const baseUrl = "https://partner.test";
/** Partner credentials the sandboxes are configured with (not the demo ones, so a test sees they are used). */
export const clientId = "acme-client";
export const clientSecret = "s3cr3t-Value-42";
export const templateVersion = "1";
export const expectedBasic = `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}`;

export interface SandboxHarness {
  /** The msw server: `server.use(...)` layers a test's fault on top of the sandbox. */
  readonly server: SetupServer;
  /** The current test's sandbox. */
  readonly sandbox: InProcessSandbox;
  /** The partner id the sandbox serves. */
  readonly partnerId: string;
  /** The ids of the partner's toll-free numbers, as the sandbox seeded them. */
  readonly phoneNumberIds: string[];
  /** Every request msw saw during the current test, in order. */
  readonly requests: Request[];
  /** A partner client for the current sandbox, with its partner id and credentials. */
  client(options?: Partial<PartnerClientOptions>): PartnerClient;
}

/** Sets up the file's msw server and gives each test a fresh sandbox made with `options`. */
export function useSandbox(options: InProcessSandboxOptions = {}): SandboxHarness {
  const server = setupServer();
  const unhandled: string[] = [];
  const requests: Request[] = [];
  let current: InProcessSandbox | undefined;

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
    current = createSandbox({
      baseUrl,
      ...options,
      partner: { clientId, clientSecret, templateVersion, ...options.partner },
    });
    server.use(...sandboxHandlers(current));
  });
  afterEach(async () => {
    server.resetHandlers();
    requests.length = 0;
    const sandbox = current;
    current = undefined;
    await sandbox?.stop();
    expect(unhandled.splice(0), "requests without an msw handler").toEqual([]);
    expect(sandbox?.core.violations.entries ?? [], "responses that broke the spec").toEqual([]);
  });
  afterAll(() => server.close());

  const sandbox = () => {
    if (!current) throw new Error("The sandbox exists only while a test runs.");
    return current;
  };
  return {
    server,
    get sandbox() {
      return sandbox();
    },
    get partnerId() {
      return sandbox().control.info().partnerApi.partnerId;
    },
    get phoneNumberIds() {
      return sandbox()
        .control.info()
        .phoneNumbers.map((phone) => phone.id);
    },
    requests,
    client: (overrides = {}) =>
      createPartnerClient({
        baseUrl,
        partnerId: sandbox().control.info().partnerApi.partnerId,
        clientId,
        clientSecret,
        templateVersion,
        ...overrides,
      }),
  };
}
