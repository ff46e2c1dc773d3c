import type { ParticipantEventMessage } from "@ccaas/types";
import type { EventPublisher } from "./event-publisher";

export interface InMemoryPublisherOptions {
  /** How many of the latest events `events` keeps; older ones are forgotten (`count` still counts them). Default 10 000. */
  capacity?: number;
}

/** The default publisher: keeps events in memory, for tests and demos. Nothing leaves the process. */
export interface InMemoryPublisher extends EventPublisher {
  /** The latest events, oldest first (at most `capacity`). */
  readonly events: readonly ParticipantEventMessage[];
  /** Every event published since creation or the last `clear()`. */
  readonly count: number;
  clear(): void;
}

export function createInMemoryPublisher(options: InMemoryPublisherOptions = {}): InMemoryPublisher {
  const capacity = Math.max(1, Math.floor(options.capacity ?? 10_000));
  let events: ParticipantEventMessage[] = [];
  let count = 0;
  return {
    get events() {
      return events.length > capacity ? events.slice(-capacity) : events;
    },
    get count() {
      return count;
    },
    clear() {
      events = [];
      count = 0;
    },
    async publish(event) {
      count += 1;
      events.push(event);
      // Trim in chunks, not per event: shifting a large array on every publish is O(n).
      if (events.length > capacity * 2) events = events.slice(-capacity);
    },
  };
}
