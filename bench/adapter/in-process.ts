/**
 * The kit's own cost per accept-call request, without sockets or HTTP parsing: the Node listener that `serve`
 * uses is driven with in-memory stand-ins for `IncomingMessage` and `ServerResponse`, 64 requests in flight,
 * next to a listener that only parses the body and answers the same JSON. Free of the scheduling noise of a
 * loopback run on a busy machine, so it shows what a change to the pipeline saves; profile it with
 * `--cpu-prof`.
 *
 *   node --experimental-strip-types [--cpu-prof --cpu-prof-dir=/tmp/prof] bench/adapter/in-process.ts [requests]
 */
import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import { createVoiceAdapter } from "@ccaas/adapter-kit";
import { printTable } from "../table.ts";
import { agentJwt, issuer, jwks, noopHandlers, partnerId, tokenSecret } from "./bench-platform.ts";

const requests = Number(process.argv[2] ?? 300_000);
const inFlight = 64;
const author = { userName: "testAgent", participantId: "4a70a876-bf90-4360-92c3-0edd7463c691" };

type Listener = (incoming: unknown, outgoing: unknown) => boolean;

const adapter = createVoiceAdapter(noopHandlers, {
  partnerId,
  auth: { platformJwks: jwks, issuer, tokenSecret },
});
const kitListener = (adapter as unknown as Record<symbol, Listener>)[
  Symbol.for("@ccaas/adapter-kit/node-listener")
];
if (!kitListener) throw new Error("this adapter-kit build has no Node listener");
const tokenResponse = await adapter.fetch(
  new Request("http://adapter.test/token", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${agentJwt}` },
    body: JSON.stringify({ agentLogonName: "testAgent" }),
  }),
);
const { token } = (await tokenResponse.json()) as { token: string };

/** A request as Node's HTTP parser hands it over, its body arriving on the next tick. */
function incomingRequest() {
  const body = Buffer.from(JSON.stringify({ conversationId: randomUUID(), author }));
  const incoming = Object.assign(new EventEmitter(), {
    method: "POST",
    url: "/calls/accept",
    rawHeaders: [
      "host",
      "127.0.0.1",
      "content-type",
      "application/json",
      "authorization",
      `Bearer ${token}`,
      "content-length",
      String(body.byteLength),
    ],
    complete: false,
    destroy() {},
  });
  process.nextTick(() => {
    incoming.emit("data", body);
    incoming.complete = true;
    incoming.emit("end");
  });
  return incoming;
}

/** Resolves with the status written. */
function outgoingResponse(done: (status: number) => void) {
  return {
    headersSent: false,
    destroyed: false,
    status: 0,
    writeHead(status: number) {
      this.status = status;
      this.headersSent = true;
    },
    end() {
      done(this.status);
    },
  };
}

/** The baseline: read the body, parse it, answer the same JSON. */
const bareListener: Listener = (incoming, outgoing) => {
  const request = incoming as EventEmitter;
  const response = outgoing as ReturnType<typeof outgoingResponse>;
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    JSON.parse(Buffer.concat(chunks).toString("utf8"));
    response.writeHead(200);
    response.end();
  });
  return true;
};

async function measure(listener: Listener, count: number) {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  let failed = 0;
  let started = 0;
  await new Promise<void>((resolve) => {
    let finished = 0;
    const next = () => {
      if (started >= count) return;
      started += 1;
      listener(
        incomingRequest(),
        outgoingResponse((status) => {
          if (status !== 200) failed += 1;
          finished += 1;
          if (finished === count) resolve();
          else next();
        }),
      );
    };
    for (let index = 0; index < inFlight; index += 1) next();
  });
  const used = process.cpuUsage(cpu);
  return {
    "µs/req (wall)": Number(process.hrtime.bigint() - start) / 1e3 / count,
    "CPU µs/req": (used.user + used.system) / count,
    failed,
  };
}

await measure(bareListener, 20_000);
await measure(kitListener, 20_000);
const bareRow = await measure(bareListener, requests);
const kitRow = await measure(kitListener, requests);
printTable(`in process, ${requests} accept-call requests, ${inFlight} in flight (no sockets)`, [
  { listener: "parse + same JSON", ...bareRow },
  { listener: "adapter-kit (serve's Node path)", ...kitRow },
  { listener: "the kit's own work", "CPU µs/req": kitRow["CPU µs/req"] - bareRow["CPU µs/req"] },
]);
await adapter.close();
