/**
 * A caller's signal shared by many calls at once (a server's shutdown signal, say): each attempt follows it
 * (and stops following it once done), and its abort ends every call in flight with its reason.
 */
import { describe, expect, it } from "vitest";
import { useSandbox } from "./support/sandbox";

const platform = useSandbox();

describe("one signal shared by many calls", () => {
  it("ends every call in flight with the signal's reason when it aborts", async () => {
    const shutdown = new AbortController();
    const client = platform.client();
    await expect(client.listVoiceProviders({ signal: shutdown.signal })).resolves.toEqual({ items: [] });
    const calls = Array.from({ length: 30 }, () =>
      client.listVoiceProviders({ signal: shutdown.signal }).catch((error: unknown) => error),
    );
    const reason = new Error("shutting down");
    shutdown.abort(reason);
    expect(await Promise.all(calls)).toEqual(Array.from({ length: 30 }, () => reason));
  });
});
