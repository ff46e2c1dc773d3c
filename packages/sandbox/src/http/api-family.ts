import type { OpenApiValidator, OperationInfo } from "@ccaas/validation";
import type { Context } from "hono";

export interface ErrorReply {
  status: number;
  body: unknown;
}

/**
 * One API the sandbox serves from one spec (partner API, Voice API, sandbox control): its validator, how it
 * renders errors, and how it authenticates a request before validation.
 */
export interface ApiFamily {
  name: string;
  validator: OpenApiValidator;
  /** The spec's error body for a status, code, message and field details. */
  renderError(error: {
    status: number;
    code: string;
    message: string;
    details: ReadonlyArray<{ field: string; message: string }>;
    requestId: string;
  }): ErrorReply;
  /**
   * Checks credentials for an operation; returns what the handler should know about the caller, or throws a
   * SandboxError (401/403). Runs before validation, as real servers do.
   */
  authenticate(c: Context, operation: OperationInfo): Promise<Caller>;
}

/** Who is calling: the partner (Basic), an agent (bearer JWT), or nobody in particular. */
export type Caller =
  | { kind: "partner" }
  | { kind: "agent"; agentId: string; userName: string }
  | { kind: "anonymous" };
