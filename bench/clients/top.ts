/**
 * Where a `.cpuprofile` from profile.ts spends its time. Two forms:
 *
 *   node --experimental-strip-types bench/clients/top.ts <file.cpuprofile> [N]
 *     self time per function (top N) and by place (this SDK, openapi-fetch, undici, GC, the rest);
 *   node --experimental-strip-types bench/clients/top.ts <client.cpuprofile> <fetch.cpuprofile> <requests> [N]
 *     the costs beyond a bare fetch: self µs per request of each function, client minus bare fetch, top N.
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time in µs per function (name and place, without line numbers so that two builds compare). */
function selfTimes(file: string): Map<string, number> {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const times = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const { functionName, url } = (byId.get(id) as ProfileNode).callFrame;
    const where = url.replace(/^.*\/(node_modules|packages)\//, "").replace(/chunk-\w+\.js$/, "chunk.js");
    const name = `${functionName || "(anonymous)"} ${where}`.trim();
    times.set(name, (times.get(name) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  times.delete("(idle)");
  return times;
}

function place(name: string): string {
  if (/partner-api|voice-api|types\/dist/.test(name)) return "@ccaas packages";
  if (name.includes("openapi-fetch")) return "openapi-fetch";
  if (name.includes("undici")) return "undici (fetch)";
  if (name.startsWith("(garbage collector)")) return "garbage collector";
  return "node, V8 and the rest";
}

const rows = (map: Map<string, number>, top: number, scale: number, unit: string) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, time]) => `${(time / scale).toFixed(2).padStart(8)} ${unit}  ${name}`)
    .join("\n");

const args = process.argv.slice(2);
const [file, second, third, fourth] = args;
if (file === undefined)
  throw new Error("Usage: top.ts <file.cpuprofile> [N] | <client> <fetch> <requests> [N]");
if (second?.endsWith(".cpuprofile")) {
  const requests = Number(third);
  const client = selfTimes(file);
  const baseline = selfTimes(second);
  const busy = (map: Map<string, number>) =>
    [...map.values()].reduce((sum, time) => sum + time, 0) / requests;
  console.log(
    `busy µs per request: client ${busy(client).toFixed(1)}, bare fetch ${busy(baseline).toFixed(1)}`,
  );
  const extra = new Map<string, number>();
  for (const [name, time] of client) extra.set(name, time - (baseline.get(name) ?? 0));
  const byPlace = new Map<string, number>();
  for (const [name, time] of extra) byPlace.set(place(name), (byPlace.get(place(name)) ?? 0) + time);
  console.log(`\nbeyond the bare fetch, by place\n${rows(byPlace, 10, requests, "µs")}`);
  console.log(`\nbeyond the bare fetch, by function\n${rows(extra, Number(fourth ?? 15), requests, "µs")}`);
} else {
  const times = selfTimes(file);
  const total = [...times.values()].reduce((sum, time) => sum + time, 0);
  const byPlace = new Map<string, number>();
  for (const [name, time] of times) byPlace.set(place(name), (byPlace.get(place(name)) ?? 0) + time);
  console.log(`busy: ${(total / 1000).toFixed(0)} ms`);
  console.log(`\nby place\n${rows(byPlace, 10, total / 100, "%")}`);
  console.log(`\nself time\n${rows(times, Number(second ?? 25), total / 100, "%")}`);
}
