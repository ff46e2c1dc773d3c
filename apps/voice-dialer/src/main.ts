#!/usr/bin/env -S node --experimental-strip-types
/**
 * voice-dialer: places a call through the Voice API and follows it. Run with
 * `pnpm --filter voice-dialer start -- --to 5511980121511` (build the packages first: `pnpm build`).
 */
import { ApiError, NetworkError, TimeoutError, ValidationError } from "@ccaas/types";
import { NoEndpointRegisteredError } from "@ccaas/voice-api";
import { parseDialerArgs, UsageError, usage } from "./args.ts";
import { dial } from "./dial.ts";
import {
  isLocal,
  MissingCredentialsError,
  resolveCredentials,
  UnreachableError,
} from "./sandbox-credentials.ts";

async function main(argv: string[]): Promise<number> {
  const controller = new AbortController();
  process.once("SIGINT", () => controller.abort());
  let baseUrl = "";
  try {
    const args = parseDialerArgs(argv, process.env);
    baseUrl = args.baseUrl;
    if (args.help) {
      process.stdout.write(`${usage}\n`);
      return 0;
    }
    const credentials = await resolveCredentials(args.baseUrl, args);
    await dial(args, credentials, { out: process.stdout }, controller.signal);
    return 0;
  } catch (error) {
    return report(error, controller.signal, baseUrl);
  }
}

function report(error: unknown, signal: AbortSignal, baseUrl: string): number {
  const fail = (code: number, message: string) => {
    process.stderr.write(`${message}\n`);
    return code;
  };
  if (signal.aborted) return fail(130, "Stopped (the call, if placed, may still be in progress).");
  if (error instanceof UsageError) return fail(2, `${error.message}\n\n${usage}`);
  if (error instanceof MissingCredentialsError || ValidationError.isInstance(error))
    return fail(2, (error as Error).message);
  if (NoEndpointRegisteredError.isInstance(error)) {
    const hint = isLocal(baseUrl)
      ? "\nIn the sandbox: open the softphone app (pnpm dev), or mark the web phone online with PUT /control/agents/{agentId}/web-phone."
      : "";
    return fail(3, `${error.message}${hint}`);
  }
  if (error instanceof UnreachableError || NetworkError.isInstance(error) || TimeoutError.isInstance(error)) {
    return fail(4, (error as Error).message);
  }
  if (ApiError.isInstance(error)) return fail(1, error.message);
  return fail(
    1,
    `Unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
}

process.exitCode = await main(process.argv.slice(2));
