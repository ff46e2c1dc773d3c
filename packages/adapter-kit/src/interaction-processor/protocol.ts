/**
 * What the server kit and the client share about the wire format of specs/messages/interaction-processor.yaml:
 * the validators precompiled from that spec, command names, and the redaction of the agent's password (it travels in
 * prepareSession and is echoed under `original` and `resource.data`).
 */
import type { ValidationIssue } from "@ccaas/types";
import { interactionProcessorValidator } from "@ccaas/validation/precompiled";

/** The commands of the spec. */
export const commands = ["prepareSession", "getCapabilities", "getServiceInfo"] as const;
export type Command = (typeof commands)[number];

/** Definitions of interaction-processor.yaml that are validated on their own. */
export type ProtocolDefinition =
  | "PrepareSessionRequest"
  | "GetCapabilitiesRequest"
  | "GetServiceInfoRequest"
  | "UnrecognizedRequest"
  | "InteractionProcessorResponse";

const requestDefinitions: Record<Command, ProtocolDefinition> = {
  prepareSession: "PrepareSessionRequest",
  getCapabilities: "GetCapabilitiesRequest",
  getServiceInfo: "GetServiceInfoRequest",
};

/**
 * Validates a message against one definition of the spec, with the validators `pnpm generate` precompiled from
 * it: the client runs in browsers, where Ajv's compiler would weigh 60 KB and need `new Function`.
 */
export function validateMessage(definition: ProtocolDefinition, value: unknown): ValidationIssue[] {
  return interactionProcessorValidator.validate(`interaction-processor.yaml#/$defs/${definition}`, value);
}

export function isCommand(command: string): command is Command {
  return (commands as readonly string[]).includes(command);
}

export function requestDefinition(command: Command): ProtocolDefinition {
  return requestDefinitions[command];
}

/**
 * The seed writes `" getCapabilities "` with spaces in its responses; services send the bare name. Every
 * command is trimmed before it is matched, so both forms work.
 */
export function normalizeCommand(command: unknown): string | undefined {
  return typeof command === "string" ? command.trim() : undefined;
}

export type JsonObject = { [key: string]: unknown };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export const redacted = "[redacted]";

/** A copy of a request (or anything shaped like one) whose `data.agent.password` is `[redacted]`. */
export function redactRequest<T>(request: T): T {
  if (!isJsonObject(request) || !isJsonObject(request.data) || !isJsonObject(request.data.agent))
    return request;
  const agent = request.data.agent;
  if (!("password" in agent)) return request;
  return { ...request, data: { ...request.data, agent: { ...agent, password: redacted } } } as T;
}

/** The password of a prepareSession-shaped message, when it has one. */
export function passwordOf(message: unknown): string | undefined {
  if (!isJsonObject(message) || !isJsonObject(message.data) || !isJsonObject(message.data.agent))
    return undefined;
  const password = message.data.agent.password;
  return typeof password === "string" ? password : undefined;
}

/**
 * Removes a secret from text that is about to leave the process (a failure message or context, a log line).
 * Secrets shorter than 3 characters are left alone: replacing "1" would mangle every agent id.
 */
export function scrub(text: string, secret: string | undefined): string {
  return secret !== undefined && secret.length >= 3 ? text.split(secret).join(redacted) : text;
}

/**
 * An instance URL fit for a log line or an error message: credentials (`ws://user:secret@host`) and the query
 * string (`?token=...`) are hidden. URLs without either are returned as given.
 */
export function safeUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "(an invalid URL)";
  }
  if (parsed.username === "" && parsed.password === "" && parsed.search === "") return url;
  parsed.username = "";
  parsed.password = "";
  if (parsed.search !== "") parsed.search = "?[redacted]";
  return parsed.toString();
}
