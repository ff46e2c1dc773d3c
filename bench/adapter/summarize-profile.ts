/**
 * Summarises a `.cpuprofile` written by `profile.ts`: self time by function and by package (top N), as a share
 * of the profile's sampled time, so the per-request cost of each part (JWT, Ajv, Hono, ...) can be read off.
 *
 *   node --experimental-strip-types bench/adapter/summarize-profile.ts /tmp/prof/<file>.cpuprofile [top]
 */
import { readFileSync } from "node:fs";
import { printTable } from "../table.ts";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

const file = process.argv[2];
if (!file) throw new Error("usage: summarize-profile.ts <file.cpuprofile> [top]");
const top = Number(process.argv[3] ?? 25);
const profile = JSON.parse(readFileSync(file, "utf8")) as {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
};

const selfMicros = new Map<number, number>();
profile.samples.forEach((id, index) => {
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
});
const total = [...selfMicros.values()].reduce((sum, value) => sum + value, 0);

/** `hono`, `jose`, `ajv`, `@ccaas/adapter-kit`, `node:internal`, or `(program)`/`(garbage collector)`. */
function packageOf(url: string, name: string): string {
  if (url === "") return name.startsWith("(") ? name : "(native)";
  const pnpm = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pnpm?.[1]) return pnpm[1];
  const workspace = /\/packages\/([^/]+)\//.exec(url);
  if (workspace?.[1]) return `@ccaas/${workspace[1]}`;
  if (url.startsWith("node:")) return url.split("/").slice(0, 2).join("/");
  return url.split("/").slice(-2).join("/");
}

const byFunction = new Map<string, number>();
const byPackage = new Map<string, number>();
for (const node of profile.nodes) {
  const micros = selfMicros.get(node.id) ?? 0;
  if (micros === 0) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const where = packageOf(url, functionName);
  const name = `${functionName || "(anonymous)"} ${where}:${lineNumber + 1}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
  byPackage.set(where, (byPackage.get(where) ?? 0) + micros);
}

// Inclusive time: each sample counts once for every distinct function on its stack.
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
const inclusive = new Map<string, number>();
for (const [id, micros] of selfMicros) {
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
    const node = nodeById.get(at);
    if (!node) break;
    const { functionName, url, lineNumber } = node.callFrame;
    seen.add(`${functionName || "(anonymous)"} ${packageOf(url, functionName)}:${lineNumber + 1}`);
  }
  for (const name of seen) inclusive.set(name, (inclusive.get(name) ?? 0) + micros);
}

const rows = (map: Map<string, number>, label: string) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, micros]) => ({ [label]: name, "self %": (100 * micros) / total }));
printTable(`self time by package (${(total / 1e6).toFixed(1)} s sampled)`, rows(byPackage, "package"));
printTable("self time by function", rows(byFunction, "function"));
printTable("inclusive time by function", rows(inclusive, "function"));
