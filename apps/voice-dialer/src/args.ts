/** Command-line flags and environment variables, checked before anything is sent. */
import { parseArgs } from "node:util";

export const usage = `Usage: voice-dialer --to <digits> [options]

Places a call through the Voice API and follows its status until it ends.

Options:
  --to <digits>           Number to call, country code first (e.g. 5511980121511), or an extension
  --type <type>           external (default) or internal
  --caller-id <digits>    Caller ID to show (default: the web phone's caller_ident_external)
  --record <when>         none (default), afterAnswer or fromRinging
  --base-url <url>        Voice API URL          [env VOICE_API_BASE_URL, default http://127.0.0.1:4700/Voice]
  --login <login>         Voice API login        [env VOICE_API_LOGIN]
  --password <password>   Voice API password     [env VOICE_API_PASSWORD]
  --cod-campaign <code>   Voice campaign code    [env VOICE_API_COD_CAMPAIGN]
  --interval-ms <ms>      Status polling interval (default 1000)
  -h, --help              Show this help

Against the local sandbox, missing credentials are read from its /control/info.

Exit codes: 0 the call ended (see the summary for why), 1 the API failed, 2 bad arguments,
3 no web phone online (NO_ENDPOINT_REGISTERED), 4 the Voice API could not be reached, 130 interrupted.`;

export const defaultBaseUrl = "http://127.0.0.1:4700/Voice";

export interface DialerArgs {
  help: boolean;
  to: string;
  type: "external" | "internal";
  callerId: string | undefined;
  record: "none" | "afterAnswer" | "fromRinging";
  baseUrl: string;
  login: string | undefined;
  password: string | undefined;
  codCampaign: string | undefined;
  intervalMs: number;
}

/** A mistake in the command line: printed with the usage, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export function parseDialerArgs(argv: string[], env: NodeJS.ProcessEnv): DialerArgs {
  let values: ReturnType<typeof parse>["values"];
  try {
    values = parse(argv).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const help = values.help === true;
  const type = values.type ?? "external";
  if (type !== "external" && type !== "internal")
    throw new UsageError(`--type must be external or internal (got "${type}").`);
  const record = values.record ?? "none";
  if (record !== "none" && record !== "afterAnswer" && record !== "fromRinging") {
    throw new UsageError(`--record must be none, afterAnswer or fromRinging (got "${record}").`);
  }
  const intervalMs = Number(values["interval-ms"] ?? 1_000);
  if (!Number.isFinite(intervalMs) || intervalMs < 0)
    throw new UsageError("--interval-ms must be a number of milliseconds.");
  if (!help && !values.to)
    throw new UsageError("--to is required: the number to call, e.g. --to 5511980121511.");
  // Checked here too (the SDK checks again) so that a typo fails before the login and Call/Server requests.
  for (const [flag, value] of [
    ["--to", values.to],
    ["--caller-id", values["caller-id"]],
  ] as const) {
    if (value !== undefined && !/^\d{2,20}$/.test(value)) {
      throw new UsageError(
        `${flag} must be digits only, country code first, e.g. 5511980121511 (got "${value}").`,
      );
    }
  }
  return {
    help,
    to: values.to ?? "",
    type,
    callerId: values["caller-id"],
    record,
    baseUrl: values["base-url"] ?? env.VOICE_API_BASE_URL ?? defaultBaseUrl,
    login: values.login ?? env.VOICE_API_LOGIN,
    password: values.password ?? env.VOICE_API_PASSWORD,
    codCampaign: values["cod-campaign"] ?? env.VOICE_API_COD_CAMPAIGN,
    intervalMs,
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      to: { type: "string" },
      type: { type: "string" },
      "caller-id": { type: "string" },
      record: { type: "string" },
      "base-url": { type: "string" },
      login: { type: "string" },
      password: { type: "string" },
      "cod-campaign": { type: "string" },
      "interval-ms": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}
