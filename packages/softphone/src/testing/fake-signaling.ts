/**
 * A fake signaling server for unit tests of the softphone and of apps built on it: pass `transport` as
 * `signalingTransport`, push the server's messages, read what the client sent. It answers `authenticate`
 * with `ready` and `sync` with `snapshot` by itself (from `agent`, `station` and `conversations`), and
 * can drop the connection or refuse the next ones to exercise reconnects.
 */
import type {
  Conversation,
  ConversationDirection,
  SignalingAgent,
  SoftphoneClientMessage,
  SoftphoneServerMessage,
  Station,
} from "@ccaas/types";
import type { SignalingHandlers, SignalingTransport } from "../signaling/signaling-transport";
import { FakeCall, type FakeCallInit, fakeId } from "./fake-conversations";

type ClientMessage = SoftphoneClientMessage;
type OfType<T extends ClientMessage["type"]> = Extract<ClientMessage, { type: T }>;

export interface FakeSignalingOptions {
  agent?: Partial<SignalingAgent>;
  /** Line appearance 100 without persistent connection unless said otherwise. */
  station?: Partial<Station>;
  /** Answer `authenticate` with `ready` (default true); false to answer yourself or not at all. */
  autoReady?: boolean;
}

export interface FakeProposeInit {
  sessionId?: string;
  direction?: ConversationDirection;
  autoAnswer?: boolean;
  /** Mark the session as the persistent connection (`persistentConnectionId` = sessionId). */
  persistent?: boolean;
  originatingClientId?: string;
}

export interface FakeSignaling {
  /** Pass as `signalingTransport`. */
  readonly transport: SignalingTransport;
  readonly agent: SignalingAgent;
  /** The station sent in `ready` and `snapshot`; `setStation` changes it and sends `stationEvent`. */
  readonly station: Station;
  /** Conversations sent in `ready` and `snapshot` (tests keep it current, or use `conversationEvent`). */
  conversations: Conversation[];
  /** Every message the client sent, over every connection. */
  readonly sent: ClientMessage[];
  /** The `url` of each connection the client opened. */
  readonly connections: string[];
  /** A connection is open. */
  readonly open: boolean;
  /** The tokens the client authenticated with. */
  readonly tokens: string[];

  /** Delivers a server message to the open connection. */
  push(message: SoftphoneServerMessage): void;
  /** The next message of a type the client sends (after the last one taken), waiting for it if needed. */
  next<T extends ClientMessage["type"]>(
    type: T,
    match?: (message: OfType<T>) => boolean,
    timeoutMs?: number,
  ): Promise<OfType<T>>;
  /** Every message of a type sent so far. */
  sentOf<T extends ClientMessage["type"]>(type: T): OfType<T>[];
  /** The server closes the connection (default code 1006, as when the network goes). */
  drop(code?: number, reason?: string): void;
  /** Fails the next `count` connection attempts (closed before they open). */
  refuse(count: number): void;

  /** A conversation for this agent; push its changes with `conversationEvent`. */
  call(init?: Omit<FakeCallInit, "agent">): FakeCall;
  /** Pushes `conversationEvent` and keeps `conversations` current (ended ones are dropped). */
  conversationEvent(conversation: Conversation): void;
  /** Pushes `propose` for a call; returns the session id. */
  propose(call: FakeCall, init?: FakeProposeInit): string;
  /** Pushes `initiate` with a fake offer. */
  initiate(sessionId: string, conversationId: string, sdp?: string): void;
  setStation(station: Partial<Station>): void;
}

/** An SDP offer with one audio m-line, enough for fake peer connections. */
export const FAKE_OFFER =
  "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 0\r\na=sendrecv\r\n";

export function createFakeSignaling(options: FakeSignalingOptions = {}): FakeSignaling {
  const agent: SignalingAgent = { id: fakeId(), userName: "testAgent", ...options.agent };
  const station: Station = {
    id: fakeId(),
    name: `${agent.userName} WebRTC phone`,
    userId: agent.id,
    webRtcCallAppearances: 100,
    webRtcPersistentEnabled: false,
    ...options.station,
  };
  const sent: ClientMessage[] = [];
  const connections: string[] = [];
  const tokens: string[] = [];
  const waiters = new Set<() => void>();
  let cursor = new Map<string, number>();
  let current: SignalingHandlers | undefined;
  let refusals = 0;

  const deliver = (message: SoftphoneServerMessage) => current?.message(structuredClone(message));

  const fake: FakeSignaling = {
    agent,
    station,
    conversations: [],
    sent,
    connections,
    tokens,
    get open() {
      return current !== undefined;
    },
    transport(url, handlers) {
      connections.push(url);
      let closed = false;
      if (refusals > 0) {
        refusals -= 1;
        setTimeout(() => {
          if (!closed) handlers.close(1006, "refused");
        }, 0);
        return {
          send() {},
          close() {
            closed = true;
          },
        };
      }
      setTimeout(() => {
        if (closed) return;
        current = handlers;
        handlers.open();
      }, 0);
      return {
        send(message) {
          if (closed || current !== handlers) return;
          sent.push(structuredClone(message));
          for (const wake of [...waiters]) wake();
          if (message.type === "authenticate") tokens.push(message.token);
          if (message.type === "authenticate" && options.autoReady !== false) {
            queueMicrotask(() =>
              deliver({ type: "ready", agent, station: { ...station }, conversations: fake.conversations }),
            );
          }
          if (message.type === "sync") {
            queueMicrotask(() =>
              deliver({ type: "snapshot", station: { ...station }, conversations: fake.conversations }),
            );
          }
        },
        close() {
          closed = true;
          if (current === handlers) current = undefined;
        },
      };
    },
    push(message) {
      if (!current) throw new Error(`fake signaling: no open connection to push ${message.type} to`);
      deliver(message);
    },
    async next(type, match = () => true, timeoutMs = 2000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const from = cursor.get(type) ?? 0;
        for (let index = from; index < sent.length; index += 1) {
          const message = sent[index] as ClientMessage;
          if (message.type === type && match(message as never)) {
            cursor = new Map(cursor).set(type, index + 1);
            return message as never;
          }
        }
        const left = deadline - Date.now();
        if (left <= 0) {
          throw new Error(
            `fake signaling: the client sent no ${type}; it sent ${sent.map((m) => m.type).join(", ")}`,
          );
        }
        await new Promise<void>((resolve) => {
          const wake = () => {
            waiters.delete(wake);
            clearTimeout(timer);
            resolve();
          };
          const timer = setTimeout(wake, left);
          waiters.add(wake);
        });
      }
    },
    sentOf(type) {
      return sent.filter((message) => message.type === type) as never;
    },
    drop(code = 1006, reason = "") {
      const handlers = current;
      current = undefined;
      handlers?.close(code, reason);
    },
    refuse(count) {
      refusals += count;
    },
    call(init = {}) {
      return new FakeCall({ ...init, agent });
    },
    conversationEvent(conversation) {
      const rest = fake.conversations.filter((c) => c.id !== conversation.id);
      const over =
        conversation.endTime !== undefined ||
        conversation.participants.some((p) => p.purpose === "agent" && p.state === "disconnected");
      fake.conversations = over ? rest : [...rest, conversation];
      fake.push({ type: "conversationEvent", conversation });
    },
    propose(call, init = {}) {
      const sessionId = init.sessionId ?? fakeId();
      const conversation = call.conversation;
      const direction = init.direction ?? call.direction;
      fake.push({
        type: "propose",
        sessionId,
        conversationId: call.id,
        direction,
        fromAddress: conversation.fromAddress ?? "",
        toAddress: conversation.toAddress ?? "",
        autoAnswer: init.autoAnswer ?? false,
        ...(init.persistent ? { persistentConnectionId: sessionId } : {}),
        ...(init.originatingClientId ? { originatingClientId: init.originatingClientId } : {}),
      });
      return sessionId;
    },
    initiate(sessionId, conversationId, sdp = FAKE_OFFER) {
      fake.push({ type: "initiate", sessionId, conversationId, sdp });
    },
    setStation(change) {
      Object.assign(station, change);
      if (current) fake.push({ type: "stationEvent", station: { ...station } });
    },
  };
  return fake;
}
