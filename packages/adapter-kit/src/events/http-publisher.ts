/**
 * Posts each participant event to an HTTP endpoint: the sandbox's `POST /ingest/participant-events`, the
 * Kafka topic's stand-in in development. 2xx is accepted; 5xx, 408, 429 and network failures may succeed on
 * another attempt; other statuses mean the platform refused the event.
 */
import type { ParticipantEventMessage } from "@ccaas/types";
import { PublishError } from "../errors/publish-error";
import type { EventPublisher } from "./event-publisher";

export interface HttpPublisherOptions {
  /** The platform's base URL (the sandbox's, e.g. `http://127.0.0.1:4700`); events go to `/ingest/participant-events` under it. */
  platformBaseUrl?: string;
  /** The full endpoint URL, instead of `platformBaseUrl`. */
  url?: string;
  /** Time limit per attempt. Default 5 000 ms. */
  timeoutMs?: number;
  /** A fetch to use instead of `globalThis.fetch` (looked up at each request). */
  fetch?: (request: Request) => Promise<Response>;
}

const retryableStatuses = new Set([408, 425, 429, 500, 502, 503, 504]);

function endpoint(options: HttpPublisherOptions): string {
  const raw =
    options.url ??
    (options.platformBaseUrl && `${options.platformBaseUrl.replace(/\/+$/, "")}/ingest/participant-events`);
  if (!raw)
    throw new TypeError("createHttpPublisher: pass platformBaseUrl (e.g. http://127.0.0.1:4700) or url.");
  const url = new URL(raw);
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new TypeError(`createHttpPublisher: the URL must be http or https, got ${url.protocol}`);
  }
  return url.toString();
}

export function createHttpPublisher(options: HttpPublisherOptions): EventPublisher {
  const url = endpoint(options);
  const timeoutMs = options.timeoutMs ?? 5_000;
  return {
    async publish(event: ParticipantEventMessage) {
      const doFetch = options.fetch ?? ((request: Request) => globalThis.fetch(request));
      let response: Response;
      try {
        response = await doFetch(
          new Request(url, {
            method: "POST",
            headers: {
              "content-type": "application/json",
              "x-event-type": event.eventType,
              "x-event-id": event.eventId,
            },
            body: JSON.stringify(event),
            signal: AbortSignal.timeout(timeoutMs),
          }),
        );
      } catch (cause) {
        throw new PublishError(`Could not reach ${url} to publish ${event.eventType} ${event.eventId}.`, {
          isRetryable: true,
          cause,
        });
      }
      // Drain the body so the connection can be reused.
      const text = await response.text().catch(() => "");
      if (response.ok) return;
      // Completed is a terminal state: "already left" means the state the event asserts holds already
      // (another event of the same end, or the other side hanging up, got there first).
      if (response.status === 409 && event.eventType === "PARTICIPANTCALLCOMPLETED") return;
      throw new PublishError(
        `${url} answered ${response.status} to ${event.eventType} ${event.eventId}: ${text.slice(0, 300)}`,
        { isRetryable: retryableStatuses.has(response.status), status: response.status },
      );
    },
  };
}
