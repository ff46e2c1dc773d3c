/**
 * Idempotent execution of an adapter operation over a `StateStore`: a repeated request returns the first answer
 * and publishes nothing new. A record goes `pending` (claimed, the handler runs) -> `done` (acted, every event
 * published), or `performed` (acted, but publishing failed: the events are stored). A repeat that finds `performed` publishes
 * the stored events again (same `eventId`s, so consumers deduplicate) instead of acting twice; one that finds
 * `pending` waits for the first request. A failed handler releases the claim, so a retry runs it again.
 */
import type { ParticipantEventMessage } from "@ccaas/types";
import { describeError, type SafeLogger } from "@ccaas/types";
import type { StateStore } from "./state-store";

export interface IdempotencySettings {
  /** How long a finished request's answer is remembered. */
  windowMs: number;
  /** How long a claim lasts if its instance dies mid-request; a waiting repeat gives up after this. */
  leaseMs: number;
  /** How often a repeat checks whether the first request finished. */
  pollMs: number;
}

export interface Outcome<Response> {
  response: Response;
  events: ParticipantEventMessage[];
}

/** `fingerprint` is left out when it equals the key (no `Idempotency-Key`): records stay small. */
type StoredRecord =
  | { state: "pending"; fingerprint?: string }
  | { state: "performed"; fingerprint?: string; response: unknown; events: ParticipantEventMessage[] }
  | { state: "done"; fingerprint?: string; response: unknown };

/** The same `Idempotency-Key` arrived with another request. */
export class IdempotencyKeyReusedError extends Error {
  constructor() {
    super("The Idempotency-Key was already used for a different request; send a new key for a new request.");
    this.name = "IdempotencyKeyReusedError";
  }
}

/** A repeat waited for the first request to finish and it did not within the lease. */
export class IdempotencyBusyError extends Error {
  constructor() {
    super("The same request is still being processed; retry in a moment.");
    this.name = "IdempotencyBusyError";
  }
}

export interface Idempotency {
  run<Response>(
    key: string,
    fingerprint: string,
    perform: () => Promise<Outcome<Response>>,
    publish: (events: ParticipantEventMessage[]) => Promise<void>,
  ): Promise<{ response: Response; replayed: boolean }>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function parse(text: string): StoredRecord | undefined {
  try {
    const value = JSON.parse(text) as StoredRecord;
    return typeof value === "object" && value !== null && typeof value.state === "string" ? value : undefined;
  } catch {
    return undefined;
  }
}

const pendingText = JSON.stringify({ state: "pending" } satisfies StoredRecord);

export function createIdempotency(
  store: StateStore,
  settings: IdempotencySettings,
  log: SafeLogger,
): Idempotency {
  // Most answers are one shared object (`{ status: "Success" }`): serialise its `done` record once, not per call.
  const doneTexts = new WeakMap<object, string>();
  function serialize(value: StoredRecord): string {
    if (value.state !== "done" || value.fingerprint !== undefined) return JSON.stringify(value);
    const { response } = value;
    if (typeof response !== "object" || response === null) return JSON.stringify(value);
    let text = doneTexts.get(response);
    if (text === undefined) {
      text = JSON.stringify(value);
      doneTexts.set(response, text);
    }
    return text;
  }

  /** Writes after the telephony acted must not turn a success into an error: log and go on. */
  function record(key: string, value: StoredRecord): Promise<void> {
    const failed = (error: unknown) => {
      log.warn?.(`idempotency: could not record ${value.state} for ${key}: ${describeError(error)}`);
    };
    try {
      return store.set(key, serialize(value), settings.windowMs).catch(failed);
    } catch (error) {
      failed(error);
      return Promise.resolve();
    }
  }

  return {
    async run(key, fingerprint, perform, publish) {
      const deadline = Date.now() + settings.leaseMs + settings.pollMs;
      const stored = fingerprint === key ? {} : { fingerprint };
      for (;;) {
        const pending = fingerprint === key ? pendingText : JSON.stringify({ state: "pending", fingerprint });
        if (await store.setIfAbsent(key, pending, settings.leaseMs)) {
          let outcome: Awaited<ReturnType<typeof perform>>;
          try {
            outcome = await perform();
          } catch (error) {
            await store.delete(key).catch((cause: unknown) => {
              log.warn?.(`idempotency: could not release ${key}: ${describeError(cause)}`);
            });
            throw error;
          }
          if (outcome.events.length > 0) {
            try {
              await publish(outcome.events);
            } catch (error) {
              // The telephony acted but its events did not all go out: keep them, so the retry publishes
              // them (same eventIds) instead of acting again.
              await record(key, {
                state: "performed",
                ...stored,
                response: outcome.response,
                events: outcome.events,
              });
              throw error;
            }
          }
          await record(key, { state: "done", ...stored, response: outcome.response });
          return { response: outcome.response, replayed: false };
        }
        const text = await store.get(key);
        const existing = text === undefined ? undefined : parse(text);
        if (existing !== undefined) {
          if ((existing.fingerprint ?? key) !== fingerprint) throw new IdempotencyKeyReusedError();
          if (existing.state === "done") return { response: existing.response as never, replayed: true };
          if (existing.state === "performed") {
            await publish(existing.events);
            await record(key, { state: "done", ...stored, response: existing.response });
            return { response: existing.response as never, replayed: true };
          }
        } else if (text !== undefined) {
          // Unreadable (written by something else): claim it afresh rather than act on a guess.
          await store.delete(key);
          continue;
        }
        if (Date.now() >= deadline) throw new IdempotencyBusyError();
        await sleep(settings.pollMs);
      }
    },
  };
}
