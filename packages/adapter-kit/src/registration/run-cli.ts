/**
 * `ccaas-adapter register`: registers a voice adapter from the command line (or a deploy step), idempotently,
 * printing what it did. Flags win over environment variables; the client secret comes from the environment
 * only, since a flag would show in the process list.
 */
import { parseArgs } from "node:util";
import { CcaasError, createRedactor } from "@ccaas/types";
import { type RegisterAdapterOptions, type RegisterAdapterReport, registerAdapter } from "./register-adapter";

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const usage = `Usage: ccaas-adapter register [options]

Registers your voice adapter with the CCaaS platform: creates the voice provider with the adapter's URLs (or
updates the one with that name) and routes the phone numbers to it. Safe to run on every deploy.

Options (each falls back to the environment variable on its right):
  --name <name>              voice provider name, unique per partner    CCAAS_VOICE_PROVIDER_NAME
  --adapter-url <url>        where the softphone reaches the adapter    CCAAS_ADAPTER_URL
  --phone-number <number>    phone number to route, id or E.164;        CCAAS_PHONE_NUMBERS
                             repeat it (the variable: comma-separated)
  --platform-url <url>       the platform (sandbox: http://127.0.0.1:4700) CCAAS_PLATFORM_URL
  --partner-id <uuid>        your partner id                            CCAAS_PARTNER_ID
  --client-id <id>           partner API client id                      CCAAS_CLIENT_ID
  --template-version <v>     x-resource-template-version (default 1)    CCAAS_TEMPLATE_VERSION
  --json                     print the report as JSON
  -h, --help                 show this help

The client secret is read from CCAAS_CLIENT_SECRET only.`;

function print(report: RegisterAdapterReport, io: CliIo): void {
  const { voiceProvider } = report;
  const action = voiceProvider.created ? "created" : voiceProvider.updated ? "updated" : "unchanged";
  io.out(`voice provider ${voiceProvider.name} (${voiceProvider.id}): ${action}`);
  for (const [key, url] of Object.entries(voiceProvider.urls)) io.out(`  ${key.padEnd(16)} ${url}`);
  if (report.phoneNumbers.length === 0) io.out("phone numbers: none given");
  for (const number of report.phoneNumbers) {
    io.out(`phone number ${number.phoneNumber ?? number.id} (${number.id}): ${number.action}`);
  }
}

export async function runCli(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  io: CliIo,
  register: (options: RegisterAdapterOptions) => Promise<RegisterAdapterReport> = registerAdapter,
): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  function parse() {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        name: { type: "string" },
        "adapter-url": { type: "string" },
        "phone-number": { type: "string", multiple: true },
        "platform-url": { type: "string" },
        "partner-id": { type: "string" },
        "client-id": { type: "string" },
        "template-version": { type: "string" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  }
  try {
    parsed = parse();
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(usage);
    return 0;
  }
  if (positionals[0] !== "register" || positionals.length > 1) {
    io.err(
      `${positionals.length === 0 ? "Missing command." : `Unknown command: ${positionals.join(" ")}.`}\n\n${usage}`,
    );
    return 2;
  }
  const phoneNumbers =
    values["phone-number"] ??
    (env.CCAAS_PHONE_NUMBERS ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
  const options = {
    name: values.name ?? env.CCAAS_VOICE_PROVIDER_NAME,
    adapterBaseUrl: values["adapter-url"] ?? env.CCAAS_ADAPTER_URL,
    platformBaseUrl: values["platform-url"] ?? env.CCAAS_PLATFORM_URL,
    partnerId: values["partner-id"] ?? env.CCAAS_PARTNER_ID,
    clientId: values["client-id"] ?? env.CCAAS_CLIENT_ID,
    clientSecret: env.CCAAS_CLIENT_SECRET,
    templateVersion: values["template-version"] ?? env.CCAAS_TEMPLATE_VERSION ?? "1",
    phoneNumbers,
  };
  const flags: Record<string, string> = {
    name: "--name",
    adapterBaseUrl: "--adapter-url",
    platformBaseUrl: "--platform-url",
    partnerId: "--partner-id",
    clientId: "--client-id",
    clientSecret: "CCAAS_CLIENT_SECRET",
  };
  const missing = Object.keys(flags).filter((key) => !options[key as keyof typeof options]);
  if (missing.length > 0) {
    io.err(`Missing ${missing.map((key) => flags[key]).join(", ")}.\n\n${usage}`);
    return 2;
  }
  try {
    const report = await register(options as RegisterAdapterOptions);
    if (values.json) io.out(JSON.stringify(report, null, 2));
    else print(report, io);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = CcaasError.isInstance(error) ? ` [${error.code}]` : "";
    io.err(`Registration failed${code}: ${createRedactor([options.clientSecret])(message)}`);
    return 1;
  }
}
