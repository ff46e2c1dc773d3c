import type { Conversation, Unsubscribe } from "@ccaas/types";
import { describe, expectTypeOf, it } from "vitest";
import { createSoftphone, type PendingSession, type SoftphoneSession } from "./index";

describe("typed events", () => {
  const softphone = createSoftphone({ platformUrl: "http://127.0.0.1:4700", accessToken: "t" });

  it("types each event's payload and returns an unsubscribe", () => {
    const off = softphone.on("pendingSession", (pending) => {
      expectTypeOf(pending).toEqualTypeOf<PendingSession>();
    });
    expectTypeOf(off).toEqualTypeOf<Unsubscribe>();
    softphone.on("sessionStarted", (session) => {
      expectTypeOf(session).toEqualTypeOf<SoftphoneSession>();
      session.on("held", (held) => expectTypeOf(held).toEqualTypeOf<boolean>());
      session.on("conversation", (c) => expectTypeOf(c).toEqualTypeOf<Conversation>());
      // @ts-expect-error not a session event
      session.on("pendingSession", () => {});
    });
    softphone.on("conversationUpdate", ({ activeConversationId, current }) => {
      expectTypeOf(activeConversationId).toEqualTypeOf<string | undefined>();
      expectTypeOf(current[0]?.conversationId).toEqualTypeOf<string | undefined>();
    });
  });

  it("does not compile a misspelled event or a wrong payload", () => {
    // @ts-expect-error misspelled
    softphone.on("pendingSesion", () => {});
    // @ts-expect-error the payload is a PendingSession, not a string
    softphone.on("pendingSession", (pending: string) => pending);
  });

  it("takes the seed's IStartSoftphoneSessionParams", () => {
    void softphone.startSoftphoneSession({
      phoneNumber: "15555555555",
      participants: [{ address: "+15555550123", name: "Pat", userId: "u", queueId: "q" }],
    });
    // @ts-expect-error participants need an address
    void softphone.startSoftphoneSession({ participants: [{ name: "Pat" }] });
  });
});
