/**
 * One call-control route (accept, end, hold, resume, mute, unmute): authenticate, validate, check the author
 * is the token's agent, then run the handler and publish its events exactly once per distinct request.
 */
import type {
  AdapterSuccessResponse,
  EventParticipant,
  ParticipantCallRequest,
  ParticipantEventMessage,
} from "@ccaas/types";
import { describeError } from "@ccaas/types";
import { StateStoreError } from "../../errors/state-store-error";
import {
  buildParticipantEvents,
  type CallOperation,
  type CallRequestOf,
} from "../../events/participant-events";
import { publishWithRetry } from "../../events/publish-with-retry";
import { IdempotencyBusyError, IdempotencyKeyReusedError } from "../../state/idempotency";
import type { AdapterRequest } from "../adapter-request";
import type { EndCallResult, HandlerContext, VoiceAdapterHandlers } from "../handlers";
import { HttpProblem } from "../http-problem";
import {
  type RouteContext,
  type RouteResult,
  readAuthenticated,
  runHandler,
  validateBody,
} from "./route-context";

export const operationIds = {
  accept: "acceptCall",
  end: "endCall",
  hold: "holdCall",
  resume: "resumeCall",
  mute: "muteCall",
  unmute: "unmuteCall",
} as const satisfies Record<CallOperation, string>;

/** What each operation does, in words for messages. */
const actions: Record<CallOperation, string> = {
  accept: "accept the call",
  end: "end the call",
  hold: "put the participant on hold",
  resume: "resume the participant",
  mute: "mute the participant",
  unmute: "unmute the participant",
};

/** Doing one of these undoes the other: a hold after a resume is a new request, not a repeat. */
const inverseOf: Partial<Record<CallOperation, CallOperation>> = {
  hold: "resume",
  resume: "hold",
  mute: "unmute",
  unmute: "mute",
};

/** The seed's answer to every call-control request; one shared object (serialised once). */
export const success: Readonly<AdapterSuccessResponse> = Object.freeze({ status: "Success" });
/** The two answers of a call that went through: shared, not rebuilt per request. */
const acceptedResult: RouteResult = Object.freeze({ status: 200, body: success });
const replayedResult: RouteResult = Object.freeze({
  status: 200,
  body: success,
  headers: Object.freeze({ "idempotent-replayed": "true" }),
});
const idempotencyKeyPattern = /^[\x21-\x7e]{1,255}$/;

/** The request's identity: the same operation on the same conversation, participant and author. */
function naturalKey(operation: CallOperation, request: CallRequestOf[CallOperation]): string {
  const participantId = "participantId" in request ? request.participantId : "";
  const removeAll = "removeAllParticipants" in request ? String(request.removeAllParticipants) : "";
  const { author } = request;
  return `idem:${operation}:${request.conversationId}:${participantId}:${author.participantId}:${removeAll}:${encodeURIComponent(author.userName)}`;
}

function checkRemoved(route: RouteContext, result: unknown): EventParticipant[] | undefined {
  const removed = (result as EndCallResult | undefined)?.removedParticipants;
  if (removed === undefined) return undefined;
  const issues = Array.isArray(removed)
    ? removed.flatMap((participant) =>
        route.messages.validate("participant-events.yaml#/$defs/EventParticipant", participant),
      )
    : [{ path: "/", message: "must be an array" }];
  if (issues.length > 0) {
    route.log.error?.(
      `end handler returned invalid removedParticipants: ${issues.map((i) => `${i.path} ${i.message}`).join("; ")}`,
    );
    throw new HttpProblem(
      "upstream_failed",
      "The telephony ended the call but reported its participants wrongly. Retry.",
    );
  }
  return removed;
}

export function createCallRoute(
  route: RouteContext,
  operation: CallOperation,
  handlers: VoiceAdapterHandlers,
) {
  const operationId = operationIds[operation];
  const handler = handlers[operation] as (
    request: CallRequestOf[CallOperation],
    context: HandlerContext,
  ) => unknown;
  const { options, log } = route;

  return async (request: AdapterRequest, requestId: string): Promise<RouteResult> => {
    const { body, agent } = await readAuthenticated(
      route,
      request,
      options.auth.callControlTokens,
      "the token from POST /token or the platform's agent JWT",
    );
    const input = validateBody<CallRequestOf[CallOperation]>(route, operationId, body);
    if (input.author.userName !== agent.userName) {
      throw new HttpProblem(
        "forbidden",
        `The bearer token was issued to another agent than author.userName ${JSON.stringify(input.author.userName)}.`,
      );
    }
    const headerKey = request.header("idempotency-key");
    if (headerKey !== null && !idempotencyKeyPattern.test(headerKey)) {
      throw new HttpProblem(
        "validation_failed",
        "The Idempotency-Key header must be 1 to 255 visible ASCII characters.",
      );
    }
    const fingerprint = naturalKey(operation, input);
    const key =
      headerKey === null ? fingerprint : `idem-key:${encodeURIComponent(agent.agentId)}:${headerKey}`;
    const logger = route.options.logger ?? {};

    // Promise chains, not async closures: they run on every call, and each async frame is garbage to collect.
    const perform = () =>
      runHandler(route, actions[operation], requestId, (running) =>
        handler(input, {
          requestId,
          agent,
          logger,
          // Read lazily: a handler that never looks at its signal costs no AbortController.
          get signal() {
            return running.signal;
          },
        }),
      ).then((result) => {
        const removed = operation === "end" ? checkRemoved(route, result) : undefined;
        const events = buildParticipantEvents(operation, input, { partnerId: options.partnerId }, removed);
        // Built from a validated request (and checked handler output), so valid by construction; the unit tests
        // prove it against the schema, and `validateResponses` re-checks every event at run time.
        if (options.validateResponses) {
          for (const event of events) {
            const issues = route.messages.validate("participant-events.yaml", event);
            if (issues.length > 0)
              throw new Error(`built an invalid ${event.eventType}: ${JSON.stringify(issues)}`);
          }
        }
        return { response: success, events };
      });
    const publish = (events: ParticipantEventMessage[]) =>
      publishWithRetry(options.publisher, events, options.publishRetry, log).catch((error: unknown) => {
        const eventTypes = [...new Set(events.map((event) => event.eventType))].join(", ");
        log.error?.(`request ${requestId}: ${eventTypes} not published: ${describeError(error)}`);
        throw new HttpProblem(
          "upstream_failed",
          `The telephony did ${actions[operation]} but its ${eventTypes} event could not be published. Retry the same request: it publishes the event without acting again.`,
          { cause: error },
        );
      });

    let replayed: boolean;
    try {
      ({ replayed } = await route.idempotency.run(key, fingerprint, perform, publish));
    } catch (error) {
      if (error instanceof HttpProblem) throw error;
      if (error instanceof IdempotencyKeyReusedError)
        throw new HttpProblem("validation_failed", error.message);
      if (error instanceof IdempotencyBusyError || StateStoreError.isInstance(error)) {
        log.error?.(`request ${requestId}: ${describeError(error)}`);
        const message =
          error instanceof IdempotencyBusyError
            ? error.message
            : "The adapter's state store is unavailable, so nothing was done. Retry in a moment.";
        throw new HttpProblem("internal_error", message, { headers: { "retry-after": "1" }, cause: error });
      }
      throw error;
    }

    const inverse = inverseOf[operation];
    if (inverse !== undefined && !replayed) {
      const inverseKey = naturalKey(inverse, input as ParticipantCallRequest);
      await options.stateStore.delete(inverseKey).catch((error: unknown) => {
        log.warn?.(`request ${requestId}: could not clear ${inverse} record: ${describeError(error)}`);
      });
    }
    return replayed ? replayedResult : acceptedResult;
  };
}
