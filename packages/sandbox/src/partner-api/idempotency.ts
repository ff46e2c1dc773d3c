import type { OperationHandler, OperationInput } from "../http/mount-operations";
import { SandboxError } from "../http/sandbox-error";

const dayMs = 24 * 60 * 60 * 1000;
const maxEntries = 10_000;

/** JSON with object keys sorted, so `{a,b}` and `{b,a}` count as the same body. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

interface Entry {
  fingerprint: string;
  reply: Promise<unknown>;
  at: number;
}

/**
 * `Idempotency-Key` for creates, as the spec says: the same key and body within 24 hours answers with the
 * first reply (marked `Idempotent-Replayed: true`) instead of creating again; the same key with another body
 * is a 409. Keys are scoped per operation and caller. Only successful replies are kept: a failed create can
 * be retried with the same key.
 */
export class IdempotencyStore {
  readonly #entries = new Map<string, Entry>();

  wrap<Operation>(operationId: string, handler: OperationHandler<Operation>): OperationHandler<Operation> {
    return async (input: OperationInput<Operation>) => {
      const key = input.context.req.header("idempotency-key");
      if (key === undefined) return handler(input);
      const scope = `${operationId}\u0000${input.caller.kind === "agent" ? input.caller.agentId : input.caller.kind}\u0000${key}`;
      const fingerprint = canonical(input.body);
      this.#prune();
      const existing = this.#entries.get(scope);
      if (existing) {
        if (existing.fingerprint !== fingerprint) {
          throw new SandboxError(
            409,
            "conflict",
            "This Idempotency-Key was already used with a different body. Use a new key for a new request.",
          );
        }
        const first = (await existing.reply) as { headers?: Record<string, string> };
        return { ...first, headers: { ...first.headers, "idempotent-replayed": "true" } } as Awaited<
          ReturnType<OperationHandler<Operation>>
        >;
      }
      const reply = Promise.resolve(handler(input));
      this.#entries.set(scope, { fingerprint, reply, at: Date.now() });
      try {
        return await reply;
      } catch (error) {
        this.#entries.delete(scope);
        throw error;
      }
    };
  }

  #prune(): void {
    const now = Date.now();
    for (const [scope, entry] of this.#entries) {
      // Map iteration is insertion order: the first young entry ends the sweep.
      if (now - entry.at < dayMs && this.#entries.size <= maxEntries) break;
      this.#entries.delete(scope);
    }
  }
}
