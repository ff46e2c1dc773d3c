import { vi } from "vitest";
import {
  createInMemoryPublisher,
  createVoiceAdapter,
  type VoiceAdapterHandlers,
  type VoiceAdapterOptions,
} from "../../src/index";
import { createTestPlatform, issuer, partnerId, tokenSecret } from "./platform";

/** An adapter whose handlers are spies that succeed, with an in-memory publisher and response validation on. */
export async function createTestAdapter(
  overrides: Partial<VoiceAdapterOptions> = {},
  handlerOverrides: Partial<VoiceAdapterHandlers> = {},
) {
  const platform = await createTestPlatform();
  const publisher = createInMemoryPublisher();
  // Spies that succeed; an override replaces the spy given to the adapter (its spy is then never called).
  const handlers = {
    accept: vi.fn<VoiceAdapterHandlers["accept"]>(async () => {}),
    end: vi.fn<VoiceAdapterHandlers["end"]>(async () => {}),
    hold: vi.fn<VoiceAdapterHandlers["hold"]>(async () => {}),
    resume: vi.fn<VoiceAdapterHandlers["resume"]>(async () => {}),
    mute: vi.fn<VoiceAdapterHandlers["mute"]>(async () => {}),
    unmute: vi.fn<VoiceAdapterHandlers["unmute"]>(async () => {}),
  };
  const adapter = createVoiceAdapter(
    { ...handlers, ...handlerOverrides },
    {
      partnerId,
      publisher,
      validateResponses: true,
      publishRetry: { baseDelayMs: 1, maxDelayMs: 2 },
      ...overrides,
      auth: { platformJwks: platform.jwks, issuer, tokenSecret, ...overrides.auth },
    },
  );
  return { adapter, platform, publisher, handlers };
}
