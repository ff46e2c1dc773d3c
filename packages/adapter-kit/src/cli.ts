#!/usr/bin/env node
/** The `ccaas-adapter` bin. */
import { runCli } from "./registration/run-cli";

runCli(process.argv.slice(2), process.env, {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ccaas-adapter: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
