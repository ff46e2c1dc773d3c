/**
 * The load generator, run in its own process so it does not share the event loop with the server it measures:
 * autocannon POSTs accept-call bodies, each with a fresh conversationId (so every request is a new call, never
 * an idempotent replay), and prints its result as one JSON line.
 */
import { randomUUID } from "node:crypto";
import autocannon from "autocannon";

const { url, token, connections, seconds } = JSON.parse(process.argv[2] ?? "{}") as {
  url: string;
  token: string;
  connections: number;
  seconds: number;
};

const author = { userName: "testAgent", participantId: "4a70a876-bf90-4360-92c3-0edd7463c691" };

const result = await autocannon({
  url,
  connections,
  duration: seconds,
  method: "POST",
  headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
  requests: [
    {
      setupRequest(request) {
        return { ...request, body: JSON.stringify({ conversationId: randomUUID(), author }) };
      },
    },
  ],
});

process.stdout.write(
  `${JSON.stringify({
    requestsPerSecond: result.requests.average,
    total: result.requests.total,
    ok: result["2xx"],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    p50: result.latency.p50,
    p99: result.latency.p99,
  })}\n`,
);
