/**
 * The smallest signaling client: authenticates an agent on the sandbox's WebSocket (so the agent is online and
 * inbound calls can ring it) and records what the server sends. Speaks only the documented protocol.
 */
import { WebSocket } from "ws";

export class SoftphoneSocket {
  readonly messages: Array<{ type: string; [key: string]: unknown }> = [];
  readonly #socket: WebSocket;

  private constructor(socket: WebSocket) {
    this.#socket = socket;
    socket.on("message", (data) => this.messages.push(JSON.parse(String(data)) as { type: string }));
  }

  static async connect(url: string, token: string): Promise<SoftphoneSocket> {
    const socket = new WebSocket(url);
    const client = new SoftphoneSocket(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once("open", () => resolve());
      socket.once("error", reject);
    });
    socket.send(JSON.stringify({ type: "authenticate", token, clientId: "test-client" }));
    await client.waitFor("ready");
    return client;
  }

  async waitFor(type: string, timeoutMs = 5000): Promise<{ type: string; [key: string]: unknown }> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = this.messages.find((message) => message.type === type);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(
      `no "${type}" message within ${timeoutMs} ms; got ${this.messages.map((m) => m.type).join(", ")}`,
    );
  }

  async close(): Promise<void> {
    if (this.#socket.readyState === WebSocket.CLOSED) return;
    await new Promise<void>((resolve) => {
      this.#socket.once("close", () => resolve());
      this.#socket.close();
    });
  }
}
