/**
 * Browser bundle of @ccaas/softphone next to the WebRTC/SIP SDKs an app would otherwise use, all with the
 * settings of bench/clients: esbuild, platform browser, esm, minified, bundled with every dependency; gzip
 * level 9. Each competitor is bundled the way a browser app imports it (its README's import), with no extra
 * configuration: a failure prints its reason instead of figures.
 */
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";

const benchDir = join(import.meta.dirname, "..");
const softphoneDir = join(benchDir, "../packages/softphone");

/** npm packages that stand in for Node built-ins in a browser bundle. */
const nodeShims = [
  "events",
  "buffer",
  "process",
  "util",
  "punycode",
  "stream-browserify",
  "readable-stream",
  "url",
  "querystring",
  "path-browserify",
  "crypto-browserify",
];

interface Bundled {
  minified: number;
  gzipped: number;
  modules: number;
  shims: string[];
}

async function bundle(contents: string, resolveDir: string): Promise<Bundled> {
  const result = await esbuild.build({
    stdin: { contents, resolveDir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const inputs = Object.keys(result.metafile.inputs);
  const packages = new Set(
    inputs.map((input) => /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(input)?.[1]),
  );
  return {
    minified: code.length,
    gzipped: gzipSync(code, { level: 9 }).length,
    modules: inputs.length - 1,
    shims: nodeShims.filter((shim) => packages.has(shim)),
  };
}

interface Subject {
  subject: string;
  /** What the bundle's entry imports. */
  entry: string;
  contents: string;
  resolveDir: string;
  /** How it was bundled, beyond the common settings. */
  how: string;
  aim: string;
}

const subjects: Subject[] = [
  {
    subject: "@ccaas/softphone (dist/index.js)",
    entry: "{ createSoftphone }",
    contents: 'export { createSoftphone } from "./dist/index.js";',
    resolveDir: softphoneDir,
    how: "as is (with @ccaas/partner-api/agent, no openapi-fetch)",
    aim: "< 15 KB",
  },
  {
    subject: "@ccaas/softphone (dist/index.js)",
    entry: "whole entry",
    contents: 'export * from "./dist/index.js";',
    resolveDir: softphoneDir,
    how: "as is",
    aim: "< 15 KB",
  },
  {
    subject: "genesys-cloud-webrtc-sdk",
    entry: "{ GenesysCloudWebrtcSdk }",
    contents: 'export { GenesysCloudWebrtcSdk } from "genesys-cloud-webrtc-sdk";',
    resolveDir: benchDir,
    how: "as is, no polyfill config needed to bundle; at run time it wants a `process` global (limiter's process.nextTick; apps define one, its issue #576): not added",
    aim: "",
  },
  {
    subject: "@twilio/voice-sdk",
    entry: "{ Device }",
    contents: 'export { Device } from "@twilio/voice-sdk";',
    resolveDir: benchDir,
    how: "as is (its esm build)",
    aim: "",
  },
  {
    subject: "jssip",
    entry: "default (JsSIP)",
    contents: 'export { default } from "jssip";',
    resolveDir: benchDir,
    how: "as is (CommonJS: nothing shaken)",
    aim: "",
  },
  {
    subject: "sip.js",
    entry: "{ UserAgent, Registerer, Inviter, Web }",
    contents: 'export { UserAgent, Registerer, Inviter, Web } from "sip.js";',
    resolveDir: benchDir,
    how: "as is (Web: the browser SessionDescriptionHandler and SimpleUser)",
    aim: "",
  },
];

/** One row per subject; the ratio is to @ccaas/softphone's `{ createSoftphone }` bundle. */
export async function sizeRows(): Promise<Array<Record<string, string | number>>> {
  const rows: Array<Record<string, string | number>> = [];
  let ours: number | undefined;
  for (const subject of subjects) {
    const row: Record<string, string | number> = { subject: subject.subject, entry: subject.entry };
    try {
      const size = await bundle(subject.contents, subject.resolveDir);
      if (subject === subjects[0]) ours = size.gzipped;
      Object.assign(row, {
        "min KB": size.minified / 1024,
        "gzip KB": size.gzipped / 1024,
        "gzip / ours": ours === undefined ? "" : size.gzipped / ours,
        modules: size.modules,
        "Node shims inside": size.shims.join(", ") || "none",
        bundled: subject.how,
      });
    } catch (error) {
      const errors = (error as { errors?: Array<{ text: string }> }).errors;
      const reason = errors?.length
        ? errors
            .slice(0, 3)
            .map((entry) => entry.text)
            .join("; ")
        : String(error);
      Object.assign(row, { bundled: `cannot be bundled: ${reason}` });
    }
    row.aim = subject.aim;
    rows.push(row);
  }
  return rows;
}
