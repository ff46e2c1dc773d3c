/**
 * Types that turn openapi-typescript's `operations` into handler signatures: the JSON request body an
 * operation accepts and the success replies it may return, so a handler returning a wrong shape does not compile.
 */
type JsonContent<T> = T extends { content: { "application/json": infer Body } } ? Body : undefined;

export type RequestBodyOf<Operation> = Operation extends { requestBody: infer Body }
  ? JsonContent<NonNullable<Body>>
  : Operation extends { requestBody?: infer Body }
    ? JsonContent<NonNullable<Body>> | undefined
    : undefined;

type SuccessStatus = 200 | 201 | 202 | 204;

export type ReplyOf<Operation> = Operation extends { responses: infer Responses }
  ? {
      [Status in keyof Responses & SuccessStatus]: {
        status: Status;
        body: JsonContent<Responses[Status]>;
        headers?: Record<string, string>;
      };
    }[keyof Responses & SuccessStatus]
  : never;
