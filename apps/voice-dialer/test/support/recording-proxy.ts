/**
 * A recording proxy on 127.0.0.1: forwards every request, as it is, to the sandbox and its answer back, and
 * records "METHOD path" of each, so a test can tell which requests the CLI made (or that it made none).
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordingProxy {
  url: string;
  /** "GET /control/info", "POST /Voice/Login", ... in the order they arrived. */
  requests: string[];
  close(): Promise<void>;
}

export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const requests: string[] = [];
  const server = createServer(async (request, response) => {
    requests.push(`${request.method} ${request.url}`);
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    try {
      const answer = await fetch(new URL(request.url ?? "/", target), {
        method: request.method ?? "GET",
        headers: Object.entries(request.headers).flatMap(([name, value]) =>
          name === "host" || value === undefined ? [] : [[name, String(value)] as [string, string]],
        ),
        ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
        signal: AbortSignal.timeout(5_000),
      });
      const hopByHop = new Set(["connection", "keep-alive", "transfer-encoding"]);
      response.writeHead(
        answer.status,
        Object.fromEntries([...answer.headers].filter(([name]) => !hopByHop.has(name))),
      );
      response.end(Buffer.from(await answer.arrayBuffer()));
    } catch {
      response.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
