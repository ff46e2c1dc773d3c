import type { ConversationChange } from "../conversations/conversation-engine";
import type { SandboxCore } from "../create-sandbox";
import { ConversationLeg } from "./conversation-leg";
import { FRAME_MS, toneFrames } from "./g711";
import type { MediaService, MediaStats } from "./media-service";
import { MediaSession } from "./media-session";

/** Legs of finished calls kept for `stats()` after the call; older ones are forgotten. */
const ENDED_LEGS_KEPT = 500;
/** The clock ticks faster than the frame rate so timer jitter does not bunch packets. */
const TICK_MS = FRAME_MS / 2;

/**
 * The media endpoint as signaling sees it: sessions (one werift peer connection each) to open and close, and
 * the conversations they carry. The control API only needs the `MediaService` part.
 */
export interface MediaEndpoint extends MediaService {
  /** Opens the platform side of a WebRTC session; `onLost` runs if its peer connection fails or closes. */
  openSession(sessionId: string, onLost: (session: MediaSession) => void): MediaSession;
  session(sessionId: string): MediaSession | undefined;
  /** The session now carries this conversation (line appearance 1: one more on the shared session). */
  attach(sessionId: string, conversationId: string): void;
  detach(conversationId: string): void;
  closeSession(sessionId: string): Promise<void>;
  /** Records DTMF digits for the call; false when the conversation is unknown. */
  recordDigits(conversationId: string, digits: string): boolean;
  /** Open sessions and legs of calls still in progress, for leak checks. */
  readonly counts: { sessions: number; liveLegs: number; ticking: boolean };
}

class WeriftMediaEndpoint implements MediaEndpoint {
  readonly #core: SandboxCore;
  readonly #sessions = new Map<string, MediaSession>();
  readonly #legs = new Map<string, ConversationLeg>();
  readonly #ended: string[] = [];
  readonly #frames = toneFrames(440, 0.3);
  readonly #onChange = (change: ConversationChange) => this.#follow(change);
  #clock: NodeJS.Timeout | undefined;
  #activations = 0;

  constructor(core: SandboxCore) {
    this.#core = core;
    core.engine.on("change", this.#onChange);
  }

  get counts(): { sessions: number; liveLegs: number; ticking: boolean } {
    const liveLegs = [...this.#legs.values()].filter((leg) => !leg.ended).length;
    return { sessions: this.#sessions.size, liveLegs, ticking: this.#clock !== undefined };
  }

  stats(conversationId: string): MediaStats | undefined {
    const now = performance.now();
    const leg = this.#legs.get(conversationId);
    if (!leg) {
      if (!this.#core.engine.get(conversationId)) return undefined;
      return new ConversationLeg(conversationId).stats(false, now);
    }
    const session = leg.sessionId === undefined ? undefined : this.#sessions.get(leg.sessionId);
    const active =
      !leg.ended &&
      session !== undefined &&
      session.connected &&
      session.conversationIds.includes(conversationId);
    return leg.stats(active, now);
  }

  breakPath(conversationId: string): boolean {
    const leg = this.#legs.get(conversationId);
    const session = leg?.sessionId === undefined ? undefined : this.#sessions.get(leg.sessionId);
    if (!leg || leg.ended || !session?.conversationIds.includes(conversationId)) return false;
    session.breakPath();
    return true;
  }

  openSession(sessionId: string, onLost: (session: MediaSession) => void): MediaSession {
    const session = new MediaSession({ id: sessionId, host: this.#core.options.host, onLost });
    this.#sessions.set(sessionId, session);
    this.#clock ??= setInterval(() => this.#tick(), TICK_MS);
    return session;
  }

  session(sessionId: string): MediaSession | undefined {
    return this.#sessions.get(sessionId);
  }

  attach(sessionId: string, conversationId: string): void {
    const session = this.#sessions.get(sessionId);
    if (!session) return;
    const leg = this.#leg(conversationId);
    session.attach(leg);
    const conversation = this.#core.engine.get(conversationId);
    if (conversation) leg.update(conversation, () => ++this.#activations);
  }

  detach(conversationId: string): void {
    const leg = this.#legs.get(conversationId);
    if (leg?.sessionId !== undefined) this.#sessions.get(leg.sessionId)?.detach(conversationId);
  }

  async closeSession(sessionId: string): Promise<void> {
    const session = this.#sessions.get(sessionId);
    if (!session) return;
    this.#sessions.delete(sessionId);
    if (this.#sessions.size === 0) this.#stopClock();
    await session.close();
  }

  recordDigits(conversationId: string, digits: string): boolean {
    const leg = this.#legs.get(conversationId);
    if (!leg) return false;
    leg.recordDigits(digits);
    return true;
  }

  async close(): Promise<void> {
    this.#core.engine.off("change", this.#onChange);
    this.#stopClock();
    const sessions = [...this.#sessions.values()];
    this.#sessions.clear();
    await Promise.all(sessions.map((session) => session.close()));
  }

  #leg(conversationId: string): ConversationLeg {
    let leg = this.#legs.get(conversationId);
    if (!leg) {
      leg = new ConversationLeg(conversationId);
      this.#legs.set(conversationId, leg);
    }
    return leg;
  }

  #follow(change: ConversationChange): void {
    const leg = this.#legs.get(change.conversation.id);
    if (!leg || leg.ended) return;
    leg.update(change.conversation, () => ++this.#activations);
    if (change.kind === "closed") {
      this.detach(leg.conversationId);
      this.#ended.push(leg.conversationId);
      while (this.#ended.length > ENDED_LEGS_KEPT) this.#legs.delete(this.#ended.shift() ?? "");
    }
  }

  #tick(): void {
    const now = performance.now();
    for (const session of this.#sessions.values()) session.tick(now, this.#frames);
  }

  #stopClock(): void {
    if (this.#clock) clearInterval(this.#clock);
    this.#clock = undefined;
  }
}

/** The werift media endpoint of a listening sandbox. */
export function createMediaEndpoint(core: SandboxCore): MediaEndpoint {
  return new WeriftMediaEndpoint(core);
}

/** The sandbox's media endpoint with its session API, or undefined when media is not running (in-process). */
export function mediaEndpointOf(core: SandboxCore): MediaEndpoint | undefined {
  return core.media instanceof WeriftMediaEndpoint ? core.media : undefined;
}
