/**
 * One call's session on this client. Unlike the seed's SDK, a session object belongs to one conversation
 * for its whole life, so `conversationId` stays right under line appearance 1: the peer connection it rides
 * on (`id`, `peerConnection`) may be shared with the agent's other calls.
 */
import type { Conversation, ConversationDirection, SignalingAgent, TypedEvents } from "@ccaas/types";
import { TypedEmitter } from "@ccaas/types";
import type { SessionEvents } from "../events";
import type { SessionState, SessionStats } from "../types";
import { isHeld, isMuted } from "./conversation-store";
import type { MediaConnection } from "./media-connection";

export interface SoftphoneSession extends TypedEvents<SessionEvents> {
  /** The signaling session id: the peer connection (shared by every call under line appearance 1). */
  readonly id: string;
  /** The conversation this session is for; never changes. */
  readonly conversationId: string;
  readonly direction: ConversationDirection;
  readonly state: SessionState;
  /** The peer connection's state. */
  readonly connectionState: RTCPeerConnectionState;
  readonly held: boolean;
  readonly muted: boolean;
  /** The latest conversation from the platform. */
  readonly conversation: Conversation | undefined;
  /** Set when the peer connection is the station's persistent connection. */
  readonly persistentConnectionId: string | undefined;
  /** True when the call rode on an existing persistent connection (no propose/initiate of its own). */
  readonly synthesized: boolean;
  readonly peerConnection: RTCPeerConnection | undefined;
  /** The microphone stream sent on this call. */
  readonly mediaStream: MediaStream | undefined;
  /** The element the caller plays in. */
  readonly audioElement: HTMLAudioElement | undefined;
  /** Why the session ended, once `state` is `ended`. */
  readonly endReason: string | undefined;
  getStats(): Promise<SessionStats>;
}

export class CallSession extends TypedEmitter<SessionEvents> implements SoftphoneSession {
  readonly conversationId: string;
  readonly direction: ConversationDirection;
  readonly synthesized: boolean;
  readonly media: MediaConnection;
  state: SessionState;
  held = false;
  muted = false;
  conversation: Conversation | undefined;
  endReason: string | undefined;
  /** The mute the agent asked for, until the platform's events agree (a stale event must not unmute). */
  muteIntent: boolean | undefined;

  constructor(
    conversationId: string,
    direction: ConversationDirection,
    media: MediaConnection,
    synthesized: boolean,
    onListenerError: (error: unknown, event: string) => void,
  ) {
    super(onListenerError);
    this.conversationId = conversationId;
    this.direction = direction;
    this.media = media;
    this.synthesized = synthesized;
    // A call riding on a live connection has its media already.
    this.state = synthesized ? "active" : "starting";
  }

  get id(): string {
    return this.media.id;
  }

  get connectionState(): RTCPeerConnectionState {
    return this.media.connectionState;
  }

  get persistentConnectionId(): string | undefined {
    return this.media.persistent ? this.media.id : undefined;
  }

  get peerConnection(): RTCPeerConnection | undefined {
    return this.media.pc;
  }

  get mediaStream(): MediaStream | undefined {
    return this.media.stream;
  }

  get audioElement(): HTMLAudioElement | undefined {
    return this.media.element;
  }

  getStats(): Promise<SessionStats> {
    return this.media.getStats();
  }

  setState(state: SessionState): void {
    if (this.state === state || this.state === "ended") return;
    this.state = state;
    this.emit("state", state);
  }

  /** Takes the platform's view of the call; emits what changed. */
  update(conversation: Conversation, agent: SignalingAgent | undefined): void {
    const muted = isMuted(conversation, agent);
    const held = !conversation.endTime && isHeld(conversation);
    this.conversation = conversation;
    if (this.muteIntent === muted) this.muteIntent = undefined;
    this.emit("conversation", conversation);
    this.flag("held", held);
    this.flag("muted", this.muteIntent ?? muted);
  }

  /** Sets `held` or `muted`, emitting the event of the same name on a change. */
  flag(name: "held" | "muted", value: boolean): void {
    if (this[name] !== value) {
      this[name] = value;
      this.emit(name, value);
    }
  }

  end(reason: string): boolean {
    if (this.state === "ended") return false;
    this.endReason = reason;
    this.setState("ended");
    this.emit("terminated", { reason });
    return true;
  }
}
