/**
 * A softphone stand-in for signaling tests: a `ws` client speaking the signaling protocol and, when asked, a
 * werift peer connection playing the browser (answers the sandbox's offer, sends a tone or silence, measures
 * what it receives).
 */
import type { InitiateMessage, SoftphoneServerMessage } from "@ccaas/types";
import { RTCPeerConnection, RtpHeader, RtpPacket, usePCMU } from "werift";
import { WebSocket } from "ws";
import { meanSquareMuLaw, toneFrames } from "../src/media/g711";
import type { Sandbox } from "../src/start-sandbox";

type ServerMessage = SoftphoneServerMessage;
type OfType<T extends ServerMessage["type"]> = Extract<ServerMessage, { type: T }>;

export async function agentToken(sandbox: Sandbox, userName = "testAgent"): Promise<string> {
  const agent = sandbox.core.agents.byUserName(userName);
  if (!agent) throw new Error(`no agent ${userName}`);
  return sandbox.core.tokens.sign({
    sub: agent.id,
    userName: agent.userName,
    partnerId: sandbox.core.options.partner.partnerId,
  });
}

/** The browser side of one session: a werift peer that answers the offer and sends 20 ms PCMU frames. */
export class TestPeer {
  readonly pc = new RTCPeerConnection({
    codecs: { audio: [usePCMU()], video: [] },
    iceAdditionalHostAddresses: ["127.0.0.1"],
    iceUseIpv6: false,
  });
  received = 0;
  audible = 0;
  /** What the agent sends: the tone, or silence (a muted microphone). */
  sending: "tone" | "silence" | "nothing" = "tone";
  #timer: NodeJS.Timeout | undefined;

  constructor() {
    this.pc.onTrack.subscribe((track) => {
      track.onReceiveRtp.subscribe((rtp) => {
        this.received += 1;
        if (Math.sqrt(meanSquareMuLaw(rtp.payload)) > 0.01) this.audible += 1;
      });
    });
  }

  async answer(offer: string): Promise<string> {
    await this.pc.setRemoteDescription({ type: "offer", sdp: offer });
    const transceiver = this.pc.getTransceivers()[0];
    if (!transceiver) throw new Error("the offer has no m-line");
    // Send as well as receive, as a browser that added its microphone track does.
    transceiver.setDirection("sendrecv");
    await this.pc.setLocalDescription(await this.pc.createAnswer());
    const frames = toneFrames(300, 0.25);
    const silence = Buffer.alloc(160, 0xff);
    let sequence = 0;
    let timestamp = 0;
    this.#timer = setInterval(() => {
      if (this.sending === "nothing") return;
      sequence = (sequence + 1) & 0xffff;
      timestamp = (timestamp + 160) >>> 0;
      const payload = this.sending === "tone" ? (frames[sequence % frames.length] ?? silence) : silence;
      transceiver.sender
        .sendRtp(
          new RtpPacket(new RtpHeader({ payloadType: 0, sequenceNumber: sequence, timestamp }), payload),
        )
        .catch(() => {});
    }, 20);
    return this.pc.localDescription?.sdp ?? "";
  }

  async close(): Promise<void> {
    clearInterval(this.#timer);
    await this.pc.close();
  }
}

/** One signaling connection, recording every message it receives. */
export class TestAgent {
  readonly socket: WebSocket;
  readonly messages: ServerMessage[] = [];
  readonly peers = new Map<string, TestPeer>();
  closeCode: number | undefined;
  #cursor = 0;
  #waiters = new Set<() => void>();

  private constructor(socket: WebSocket) {
    this.socket = socket;
    socket.on("message", (data) => {
      this.messages.push(JSON.parse(data.toString()) as ServerMessage);
      for (const wake of this.#waiters) wake();
    });
    socket.on("close", (code) => {
      this.closeCode = code;
      for (const wake of this.#waiters) wake();
    });
  }

  /** Opens a connection; with a token, authenticates and waits for `ready`. */
  static async open(url: string, token?: string, clientId?: string): Promise<TestAgent> {
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.once("open", () => resolve());
      socket.once("error", reject);
    });
    const agent = new TestAgent(socket);
    if (token !== undefined) {
      agent.send({ type: "authenticate", token, ...(clientId !== undefined ? { clientId } : {}) });
      await agent.next("ready");
    }
    return agent;
  }

  send(message: unknown): void {
    this.socket.send(typeof message === "string" ? message : JSON.stringify(message));
  }

  /** The next message of a type (after the last one taken), optionally matching a predicate. */
  async next<T extends ServerMessage["type"]>(
    type: T,
    match: (message: OfType<T>) => boolean = () => true,
    timeoutMs = 5000,
  ): Promise<OfType<T>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (let index = this.#cursor; index < this.messages.length; index += 1) {
        const message = this.messages[index] as ServerMessage;
        if (message.type === type && match(message as OfType<T>)) {
          this.#cursor = index + 1;
          return message as OfType<T>;
        }
      }
      const left = deadline - Date.now();
      if (left <= 0 || this.closeCode !== undefined) {
        throw new Error(
          `no ${type} message (closed: ${String(this.closeCode)}); got ${this.messages.map((m) => m.type).join(", ")}`,
        );
      }
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.#waiters.delete(wake);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(wake, left);
        this.#waiters.add(wake);
      });
    }
  }

  /** Every message of a type received so far. */
  all<T extends ServerMessage["type"]>(type: T): OfType<T>[] {
    return this.messages.filter((message): message is OfType<T> => message.type === type);
  }

  /** The latest conversation event of a conversation, once it matches. */
  async conversation(
    conversationId: string,
    match: (event: OfType<"conversationEvent">) => boolean,
    timeoutMs = 5000,
  ) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const latest = this.all("conversationEvent")
        .filter((event) => event.conversation.id === conversationId)
        .at(-1);
      if (latest && match(latest)) return latest.conversation;
      if (Date.now() > deadline)
        throw new Error(
          `conversation ${conversationId} never matched; last: ${JSON.stringify(latest?.conversation.participants)}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Answers an `initiate` with a werift peer: `accept` with its answer. */
  async answer(initiate: InitiateMessage): Promise<TestPeer> {
    const peer = new TestPeer();
    this.peers.set(initiate.sessionId, peer);
    const sdp = await peer.answer(initiate.sdp);
    this.send({ type: "accept", sessionId: initiate.sessionId, sdp });
    return peer;
  }

  /** propose -> proceed -> initiate -> accept for the next proposal. */
  async takeNextCall(): Promise<{ sessionId: string; conversationId: string; peer: TestPeer }> {
    const propose = await this.next("propose");
    this.send({ type: "proceed", sessionId: propose.sessionId });
    const initiate = await this.next("initiate", (message) => message.sessionId === propose.sessionId);
    const peer = await this.answer(initiate);
    return { sessionId: propose.sessionId, conversationId: propose.conversationId, peer };
  }

  async close(): Promise<void> {
    await Promise.all([...this.peers.values()].map((peer) => peer.close()));
    if (this.socket.readyState === WebSocket.CLOSED) return;
    await new Promise<void>((resolve) => {
      this.socket.once("close", () => resolve());
      this.socket.close();
    });
  }
}

/** Polls until `check` returns a value that is not undefined/false, or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => T | undefined | false,
  timeoutMs = 5000,
  what = "condition",
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
