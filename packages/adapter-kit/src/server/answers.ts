/**
 * Every answer the adapter gives, built in one place whatever carries it: a web `Response` (`adapter.fetch`) or
 * Node's `ServerResponse` (`serve`). An answer is its status, headers and JSON text; errors take the spec's
 * `AdapterError` shape, and with `validateResponses` every answer is checked against the spec first.
 */
import { describeError, type SafeLogger } from "@ccaas/types";
import type { OpenApiValidator } from "@ccaas/validation";
import type { AdapterRequest } from "./adapter-request";
import { errorBody, HttpProblem } from "./http-problem";
import { success } from "./routes/call-route";
import type { RouteResult } from "./routes/route-context";

/** An answer before it is written: JSON text, status and headers (lower-case names). */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Runs one operation on a request (the routes of `routes/`). */
export type Operation = (request: AdapterRequest, requestId: string) => Promise<RouteResult>;

/** Builds answers and runs operations into answers, the same for `fetch` and `serve`. */
export interface Answers {
  respond(requestId: string, operationId: string | undefined, result: RouteResult): Answer;
  failure(requestId: string, operationId: string | undefined, error: unknown): Answer;
  /** Runs `operation` and answers: its result, or the failure it threw. Never rejects. */
  serve(operationId: string, operation: Operation, request: AdapterRequest): Promise<Answer>;
  /** The caller's `x-request-id` when it is a plain token (so logs correlate), else a new one. */
  requestIdOf(incoming: string | null | undefined): string;
}

const safeRequestId = /^[A-Za-z0-9._:-]{1,64}$/;
const successText = JSON.stringify(success);

/** Request ids unique across instances (random prefix) and cheap per request (a counter). */
function requestIds(): () => string {
  const prefix = crypto.randomUUID().slice(0, 8);
  let counter = 0;
  return () => {
    counter += 1;
    return `${prefix}-${counter.toString(36)}`;
  };
}

/** The answers of one adapter: `validateResponses` checks each against the spec before it goes out. */
export function createAnswers(
  validator: OpenApiValidator,
  validateResponses: boolean,
  log: SafeLogger,
): Answers {
  const nextRequestId = requestIds();

  function respond(requestId: string, operationId: string | undefined, result: RouteResult): Answer {
    let { status, body } = result;
    let extra = result.headers;
    if (validateResponses && operationId !== undefined) {
      const issues = validator.validateResponse(operationId, status, body);
      if (issues.length > 0) {
        log.error?.(`request ${requestId}: response ${status} breaks the spec: ${JSON.stringify(issues)}`);
        const problem = new HttpProblem(
          "internal_error",
          "The adapter built an answer that breaks its spec. Quote the requestId.",
        );
        status = problem.status;
        body = errorBody(problem, requestId);
        extra = undefined;
      }
    }
    const headers: Record<string, string> = { "content-type": "application/json", "x-request-id": requestId };
    if (extra !== undefined) for (const name in extra) headers[name] = extra[name] as string;
    // The seed's `{ "status": "Success" }` is one shared object: its text is made once.
    return { status, headers, body: body === success ? successText : JSON.stringify(body) };
  }

  function failure(requestId: string, operationId: string | undefined, error: unknown): Answer {
    let problem: HttpProblem;
    if (error instanceof HttpProblem) {
      problem = error;
    } else {
      log.error?.(`request ${requestId}: unexpected failure: ${describeError(error)}`);
      problem = new HttpProblem(
        "internal_error",
        "The adapter failed unexpectedly. Retry later and quote the requestId if it persists.",
      );
    }
    return respond(requestId, operationId, {
      status: problem.status,
      body: errorBody(problem, requestId),
      headers: problem.headers,
    });
  }

  function requestIdOf(incoming: string | null | undefined): string {
    return incoming != null && safeRequestId.test(incoming) ? incoming : nextRequestId();
  }

  return {
    respond,
    failure,
    requestIdOf,
    serve(operationId, operation, request) {
      const requestId = requestIdOf(request.header("x-request-id"));
      const failed = (error: unknown) => failure(requestId, operationId, error);
      // A promise chain, not an async function: this runs on every call, and each async frame is garbage.
      let result: Promise<RouteResult>;
      try {
        result = operation(request, requestId);
      } catch (error) {
        return Promise.resolve(failed(error));
      }
      return result.then((value) => {
        try {
          return respond(requestId, operationId, value);
        } catch (error) {
          return failed(error);
        }
      }, failed);
    },
  };
}

/** The answer as a web `Response`. */
export function toResponse(answer: Answer): Response {
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}
