/**
 * One frame in, one answer out: parses and validates the request against the spec, calls the handler, and
 * builds the seed's envelope (`command`, `result`, `message` / `resource` / `data` / `failure`, `original`),
 * echoing `requestId` when the request had one. Nothing here throws: every problem becomes a failure answer.
 */
import type { CommandFailure, CommandFailureDetail, ServiceInfo } from "@ccaas/types";
import { describeError, type SafeLogger } from "@ccaas/types";
import { summarizeIssues } from "@ccaas/validation/precompiled";
import {
  commands,
  isCommand,
  isJsonObject,
  type JsonObject,
  normalizeCommand,
  passwordOf,
  requestDefinition,
  scrub,
  validateMessage,
} from "../protocol";
import { errorToFailure, internalErrorCode, withContext } from "./error-to-failure";
import type {
  CapabilitiesProvider,
  PrepareSessionHandler,
  PrepareSessionInput,
  PrepareSessionOutcome,
  RequestContext,
} from "./server-options";

/** A frame after parsing: either a request to run, or already the failure to answer. */
export type Frame =
  | { kind: "request"; command: string; request: JsonObject; requestId: string | undefined }
  | { kind: "rejected"; command: string; answer: JsonObject; requestId: string | undefined; code: string };

export interface Answer {
  message: JsonObject;
  result: "success" | "confirm" | "failure";
  code: string | undefined;
}

export interface AnswerDependencies {
  info: ServiceInfo;
  capabilities: CapabilitiesProvider;
  prepareSession: PrepareSessionHandler;
  exposeErrorContext: boolean;
  log: SafeLogger;
}

const supported = `${commands.slice(0, -1).join(", ")} and ${commands.at(-1)}`;

function failure(
  command: string,
  detail: CommandFailureDetail,
  original: JsonObject | undefined,
  requestId: string | undefined,
): JsonObject {
  const message: CommandFailure = { command, result: "failure", failure: detail };
  // `original` must be an object with a string command (UnrecognizedRequest); anything else is left out.
  if (original !== undefined && validateMessage("UnrecognizedRequest", original).length === 0)
    message.original = original as unknown as NonNullable<CommandFailure["original"]>;
  if (requestId !== undefined) message.requestId = requestId;
  return message as unknown as JsonObject;
}

function readRequestId(value: unknown): string | undefined {
  return typeof value === "string" && value.length >= 1 && value.length <= 128 ? value : undefined;
}

/** Parses and validates a frame. */
export function readFrame(text: string): Frame {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return rejected("", undefined, undefined, {
      code: "MALFORMED_REQUEST",
      message:
        'The message is not valid JSON. Send one JSON object per frame, e.g. {"command":"getCapabilities","data":{}}.',
    });
  }
  if (!isJsonObject(parsed)) {
    return rejected("", undefined, undefined, {
      code: "MALFORMED_REQUEST",
      message: 'The message is JSON but not an object. Send {"command": ..., "data": {...}}.',
    });
  }
  const requestId = readRequestId(parsed.requestId);
  const command = normalizeCommand(parsed.command);
  if (command === undefined || command === "") {
    return rejected("", parsed, requestId, {
      code: "MALFORMED_REQUEST",
      message: `The request has no "command". Send {"command": ..., "data": {...}} with one of ${supported}.`,
    });
  }
  if (!isCommand(command)) {
    return rejected(command, parsed, requestId, {
      code: "UNKNOWN_COMMAND",
      message: `Unknown command "${command.slice(0, 64)}"; this service supports ${supported}.`,
    });
  }
  const issues = validateMessage(requestDefinition(command), { ...parsed, command });
  if (issues.length > 0) {
    return rejected(command, parsed, requestId, {
      code: "MALFORMED_REQUEST",
      message: `The ${command} request breaks the spec: ${summarizeIssues(issues)}.`,
    });
  }
  return { kind: "request", command, request: parsed, requestId };
}

function rejected(
  command: string,
  original: JsonObject | undefined,
  requestId: string | undefined,
  detail: CommandFailureDetail,
): Frame {
  // A malformed request may still carry a password (a misspelled field next to it): scrub it from the text.
  const password = passwordOf(original);
  const safe = { ...detail, message: scrub(detail.message, password) };
  return {
    kind: "rejected",
    command,
    answer: failure(command, safe, original, requestId),
    requestId,
    code: detail.code,
  };
}

/** Runs a valid request through its handler and builds the answer. */
export async function answerRequest(
  frame: Extract<Frame, { kind: "request" }>,
  deps: AnswerDependencies,
  context: RequestContext,
): Promise<Answer> {
  const { command, request, requestId } = frame;
  const password = passwordOf(request);
  const fail = (detail: CommandFailureDetail): Answer => ({
    message: failure(command, detail, request, requestId),
    result: "failure",
    code: detail.code,
  });
  const withId = (message: JsonObject): JsonObject =>
    requestId === undefined ? message : { ...message, requestId };
  try {
    if (command === "getServiceInfo") {
      return {
        message: withId({ command: "serviceInfo", data: deps.info }),
        result: "success",
        code: undefined,
      };
    }
    if (command === "getCapabilities") {
      const provider = deps.capabilities;
      const data = typeof provider === "function" ? await provider(context) : provider;
      if (!isJsonObject(data)) return fail(misbehaved(deps, command, "capabilities that are not an object"));
      return { message: withId({ command, result: "success", data }), result: "success", code: undefined };
    }
    const data = request.data as unknown as PrepareSessionInput;
    const outcome: PrepareSessionOutcome = await deps.prepareSession(
      {
        model: data.model,
        agent: { id: data.agent.id, password: data.agent.password },
        override: data.override,
      },
      context,
    );
    if (outcome?.kind === "success" && typeof outcome.resource?.id === "string") {
      return {
        message: withId({
          command,
          result: "success",
          resource: { id: outcome.resource.id, data: request.data },
        }),
        result: "success",
        code: undefined,
      };
    }
    if (outcome?.kind === "confirm" && typeof outcome.message === "string") {
      if (data.override) return fail(misbehaved(deps, command, "confirm to a request with override: true"));
      return {
        message: withId({
          command,
          result: "confirm",
          message: scrub(outcome.message, password),
          original: request,
        }),
        result: "confirm",
        code: undefined,
      };
    }
    if (
      outcome?.kind === "failure" &&
      typeof outcome.code === "string" &&
      typeof outcome.message === "string"
    ) {
      const detail = { code: outcome.code, message: scrub(outcome.message, password) };
      return fail(withContext(detail, outcome.context, password));
    }
    return fail(misbehaved(deps, command, "an outcome that is not success, confirm or failure"));
  } catch (error) {
    deps.log.error?.(
      `${context.connectionId} ${command} handler failed: ${scrub(describeError(error), password)}`,
    );
    return fail(errorToFailure(error, { command, exposeErrorContext: deps.exposeErrorContext, password }));
  }
}

function misbehaved(deps: AnswerDependencies, command: string, what: string): CommandFailureDetail {
  deps.log.error?.(`the ${command} handler answered ${what}; the client gets ${internalErrorCode}`);
  return {
    code: internalErrorCode,
    message: `The service failed while handling ${command}. Try again; if it keeps failing, the service's logs say why.`,
  };
}
