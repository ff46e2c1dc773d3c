import type { AccessTokenSource, Logger } from "@ccaas/partner-api";
import { createTransport } from "@ccaas/partner-api/internal";
import { ApiError, createRedactor, createSafeLogger } from "@ccaas/types";
import type { CallControl, CallControlRequest, VoiceAdapterUrls } from "./call-control";

export interface VoiceAdapterCallControlOptions {
  /** The voice provider's adapter URLs (the partner API's `VoiceProvider`). */
  voiceProvider: VoiceAdapterUrls;
  /** The agent's platform JWT: the bearer of `access_token_url`, which trades it for the adapter's token. */
  accessToken: AccessTokenSource;
  fetch?: (request: Request) => Promise<Response>;
  logger?: Partial<Logger>;
  /** Time limit of each request in milliseconds (default 15 000). */
  timeoutMs?: number;
}

/**
 * Call control through a partner's voice adapter (specs/voice-adapter.yaml): the softphone POSTs to the
 * voice provider's URLs with the adapter's token (from `access_token_url`, reused until 30 s before its
 * `expiresIn`, five minutes without one, and fetched again once on a 401). The adapter publishes participant
 * events; the platform updates the conversation.
 */
export function createVoiceAdapterCallControl(options: VoiceAdapterCallControlOptions): CallControl {
  const urls = options.voiceProvider;
  const secrets = new Set<string>();
  const redact = createRedactor(() => secrets);
  const { fetch: send } = createTransport({
    fetch: options.fetch,
    service: "voice adapter",
    timeoutMs: options.timeoutMs ?? 15_000,
    retry: { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0 },
    logger: createSafeLogger(options.logger, redact),
    redact,
    // The adapter's error body: { status: "Error", code, message, requestId }.
    errorDetails: (body) =>
      typeof body === "object" && body !== null ? (body as Record<string, string>) : {},
  });
  let cached: { key: string; token: string; until: number } | undefined;

  const post = async (url: string, bearer: string, body: object) => {
    secrets.add(bearer);
    const response = await send(
      new Request(url, {
        method: "POST",
        headers: { authorization: `Bearer ${bearer}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
    );
    return (await response.json()) as { token: string; expiresIn?: number };
  };

  const adapterToken = async (userName: string, fresh: boolean): Promise<string> => {
    if (fresh || cached?.key !== userName || cached.until < Date.now()) {
      const source = options.accessToken;
      const answer = await post(
        urls.access_token_url,
        typeof source === "function" ? await source() : source,
        {
          agentLogonName: userName,
        },
      );
      secrets.add(answer.token);
      const lifetime = answer.expiresIn ? answer.expiresIn * 1000 - 30_000 : 300_000;
      cached = { key: userName, token: answer.token, until: Date.now() + lifetime };
    }
    return cached.token;
  };

  const call = async (
    url: string,
    request: CallControlRequest,
    body: object,
    fresh = false,
  ): Promise<void> => {
    const payload = {
      conversationId: request.conversationId,
      ...body,
      author: { userName: request.userName, participantId: request.agentParticipantId },
    };
    try {
      await post(url, await adapterToken(request.userName, fresh), payload);
    } catch (error) {
      // An adapter that restarted forgets its tokens: fetch a new one, once.
      if (fresh || !ApiError.isInstance(error) || error.status !== 401) throw error;
      await call(url, request, body, true);
    }
  };

  const each = async (url: string, request: CallControlRequest, ids: readonly string[]) => {
    await Promise.all(ids.map((participantId) => call(url, request, { participantId })));
  };

  return {
    accept: (request) => call(urls.accept_call_url, request, {}),
    end: (request) =>
      call(urls.end_call_url, request, {
        removeAllParticipants: false,
        participantId: request.agentParticipantId,
      }),
    setHeld: (request, held) =>
      each(held ? urls.hold_call_url : urls.resume_call_url, request, request.participantIds),
    setMuted: (request, muted) =>
      each(muted ? urls.mute_call_url : urls.unmute_call_url, request, [request.agentParticipantId]),
  };
}
