/**
 * `node --run measure`: what the Interaction Processor costs on loopback, end to end through the kit's client.
 * Two instances of the sample over simulated CTIs with 2 000 agents; prints one line per measurement.
 *   - prepareSession round trip, sequential (p50 / p95 / p99) and with 50 in flight (throughput)
 *   - how sessions spread over the two instances
 *   - failover: an instance stopped while a prepareSession is in flight on it, until the answer from the other
 *   - reconnect: an instance restarted on its port, until the client has it ready again
 */
import {
  createInteractionProcessor,
  createInteractionProcessorClient,
  type InteractionProcessorClient,
} from "@ccaas/adapter-kit/interaction-processor";
import { readConfig } from "../src/config.ts";
import { type CtiAgent, SimulatedCti } from "../src/simulated-cti.ts";
import { type StartedService, startService } from "../src/start-service.ts";

const agents: CtiAgent[] = Array.from({ length: 2_000 }, (_, index) => ({
  id: String(10_000 + index),
  password: `pw-${index}`,
  name: `agent ${index}`,
}));
const quiet = () => {};
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
const ms = (value: number) => `${value.toFixed(2)} ms`;

async function readyCount(client: InteractionProcessorClient, count: number): Promise<void> {
  while (client.instances().filter((status) => status.state === "ready").length < count)
    await new Promise((resolve) => setTimeout(resolve, 2));
}

const config = readConfig({ PORT: "0" });
const services: StartedService[] = [
  await startService(config, quiet, new SimulatedCti(agents, 2_000)),
  await startService(config, quiet, new SimulatedCti(agents, 2_000)),
];
const client = createInteractionProcessorClient({ instances: services.map((service) => service.url) });
await readyCount(client, 2);

let next = 0;
const prepare = () => {
  const agent = agents[next++ % agents.length] as CtiAgent;
  return client.prepareSession({
    model: "default",
    agent: { id: agent.id, password: agent.password },
    override: true,
  });
};

// Warm up (the spec validators compile on first use; the JIT settles).
const compileStart = performance.now();
await client.getCapabilities();
console.log(`first request, validators compiled: ${ms(performance.now() - compileStart)}`);
for (let index = 0; index < 200; index += 1) await prepare();

const sequential: number[] = [];
for (let index = 0; index < 1_000; index += 1) {
  const started = performance.now();
  await prepare();
  sequential.push(performance.now() - started);
}
sequential.sort((a, b) => a - b);
console.log(
  `prepareSession sequential x1000: p50 ${ms(percentile(sequential, 50))}, p95 ${ms(percentile(sequential, 95))}, p99 ${ms(percentile(sequential, 99))}`,
);

const total = 5_000;
const concurrency = 50;
const batchStart = performance.now();
let sent = 0;
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (sent < total) {
      sent += 1;
      await prepare();
    }
  }),
);
const seconds = (performance.now() - batchStart) / 1000;
console.log(`prepareSession ${concurrency} in flight x${total}: ${Math.round(total / seconds)} per second`);
console.log(
  `spread after ${next} prepares: ${client
    .instances()
    .map((status) => status.sessions)
    .join(" / ")} sessions`,
);
client.close();
for (const service of services) await service.stop();

// Failover and reconnect, on instances whose prepareSession hangs until told otherwise.
const failovers: number[] = [];
const reconnects: number[] = [];
for (let round = 0; round < 20; round += 1) {
  const state = { hang: true, arrived: undefined as number | undefined };
  const make = (index: number) =>
    createInteractionProcessor({
      info: {
        vendor: "m",
        version: "0",
        "cti-vendor": "m",
        "cti-version": "0",
        "instance-domain": "measure",
      },
      capabilities: {},
      prepareSession: async (_request, context) => {
        state.arrived ??= index;
        if (state.hang) {
          await new Promise((resolve) => context.signal.addEventListener("abort", resolve, { once: true }));
          throw new Error("stopped");
        }
        return { kind: "success", resource: { id: "s" } };
      },
    });
  const processors = [make(0), make(1)];
  const listening = [await processors[0]!.listen({ port: 0 }), await processors[1]!.listen({ port: 0 })];
  const ipc = createInteractionProcessorClient({
    instances: listening.map((entry) => entry.url),
    reconnect: { initialDelayMs: 50, maxDelayMs: 200 },
  });
  await readyCount(ipc, 2);
  const pending = ipc.prepareSession({ model: "m", agent: { id: "1", password: "p" } });
  while (state.arrived === undefined) await new Promise((resolve) => setTimeout(resolve, 1));
  state.hang = false;
  const dying = state.arrived;
  const stopped = performance.now();
  await listening[dying]!.close();
  await pending;
  failovers.push(performance.now() - stopped);
  const restarted = performance.now();
  const again = await processors[dying]!.listen({ port: listening[dying]!.port });
  await readyCount(ipc, 2);
  reconnects.push(performance.now() - restarted);
  ipc.close();
  await again.close();
  for (const processor of processors) await processor.close();
}
failovers.sort((x, y) => x - y);
reconnects.sort((x, y) => x - y);
console.log(
  `failover (instance stopped with the request in flight -> answer from the other) x20: p50 ${ms(percentile(failovers, 50))}, max ${ms(failovers.at(-1) ?? 0)}`,
);
console.log(
  `reconnect (instance restarted on its port -> ready again; backoff 50..200 ms) x20: p50 ${ms(percentile(reconnects, 50))}, max ${ms(reconnects.at(-1) ?? 0)}`,
);
