import type { RTCPeerConnection } from "werift";

/**
 * The parts of werift's ICE internals a broken network path needs: its UDP sockets (one per gathered host
 * address) and the browser's addresses of the current ICE generation. werift types these as internal, so they
 * are declared here by shape.
 */
type Address = [string, number];
interface UdpSocketLike {
  onData: (data: Buffer, from: Address) => void;
  send: (data: Buffer, to: Address) => Promise<void>;
}
interface IceConnectionLike {
  protocols: { transport?: UdpSocketLike }[];
  remoteCandidates: { host: string; port: number }[];
  nominated?: { remoteAddr: Address };
}

const key = ([host, port]: Address) => `${host}:${port}`;

/**
 * Breaks the network path of one peer connection for real: every datagram to or from the addresses the
 * browser uses now (STUN consent, DTLS, RTP) is dropped in both directions, as when a NAT binding expires or
 * a laptop changes networks. The peer connection itself is untouched, so ICE notices on both sides
 * (`disconnected`, then `failed`). The dead addresses stay dead: only an ICE restart, where the browser gathers
 * new candidates (Chromium opens new ports), finds a path that works again.
 */
export class PathBreaker {
  readonly #pc: RTCPeerConnection;
  readonly #dead = new Set<string>();
  readonly #patched = new WeakSet<UdpSocketLike>();

  constructor(pc: RTCPeerConnection) {
    this.#pc = pc;
  }

  /** Kills the current path; returns how many of the browser's addresses are now unreachable. */
  break(): number {
    for (const transport of this.#pc.iceTransports) {
      const connection = transport.connection as unknown as IceConnectionLike;
      for (const candidate of connection.remoteCandidates)
        this.#dead.add(`${candidate.host}:${candidate.port}`);
      if (connection.nominated) this.#dead.add(key(connection.nominated.remoteAddr));
      for (const protocol of connection.protocols) {
        if (protocol.transport) this.#filter(protocol.transport);
      }
    }
    return this.#dead.size;
  }

  #filter(socket: UdpSocketLike): void {
    if (this.#patched.has(socket)) return;
    this.#patched.add(socket);
    const receive = socket.onData;
    const send = socket.send;
    socket.onData = (data, from) => {
      if (!this.#dead.has(key(from))) receive.call(socket, data, from);
    };
    socket.send = (data, to) => (this.#dead.has(key(to)) ? Promise.resolve() : send.call(socket, data, to));
  }
}
