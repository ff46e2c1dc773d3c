/**
 * `pnpm dev`: builds the site, serves it on 127.0.0.1 and rebuilds when a spec changes.
 * stdout carries exactly one line, `docs ready: <url>`, so tools can wait for it; rebuild news and
 * errors go to stderr. A broken spec does not stop the server: fix it and the next save rebuilds.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import sirv from "sirv";
import { buildSite, formatReport } from "../src/build-site.ts";
import { parseDocsOptions } from "../src/cli-options.ts";
import { watchSpecs } from "../src/watch-specs.ts";

const options = parseDocsOptions(process.argv.slice(2), process.env);

async function build(label: string): Promise<void> {
  try {
    const report = await buildSite(options);
    if (label !== "initial") console.error(formatReport(report).replace("docs built", `docs ${label}`));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
  }
}

await build("initial");

// dev mode: read files on every request, because rebuilds replace them under the server.
const serveSite = sirv(options.outDir, { dev: true, extensions: ["html"] });
const server = createServer((request, response) => {
  serveSite(request, response, () => {
    response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found\n");
  });
});

server.on("error", (error) => {
  console.error(`docs: cannot listen on 127.0.0.1:${options.port}: ${error.message}`);
  process.exit(1);
});

server.listen(options.port, "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  console.log(`docs ready: http://127.0.0.1:${port}/`);
});

const watcher = await watchSpecs(options.specsDir, () => build("rebuilt"));

function shutdown(): void {
  watcher.close();
  server.close();
  server.closeAllConnections();
  // Anything still holding the loop open after this is a bug, not a reason to hang Ctrl-C.
  setTimeout(() => process.exit(0), 1000).unref();
}

process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
