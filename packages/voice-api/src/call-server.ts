/** `Call/Server`'s web-phone settings, normalised: camelCase names, ports as numbers, the raw form kept. */
import { invalidResponse } from "@ccaas/partner-api/internal";
import type { CallServerInfo } from "@ccaas/types";

/** The WebRTC/SIP settings to configure the web phone with before placing a call. */
export interface WebPhoneSettings {
  /** SIP signaling server host (`rtcSignalingServer`). */
  signalingServer: string;
  /** SIP signaling port (`rtcSignalingPort`, a string of digits on the wire). */
  signalingPort: number;
  /** Media server host (`rtcMediaServer`). */
  mediaServer: string;
  /** SIP-over-WebSocket URL the web phone connects to (`rtcWsServer`), e.g. `wss://rtc1.example:8089/ws`. */
  webSocketUrl: string;
  /** The WebSocket URL's port (explicit, or 443/80 from its scheme). */
  webSocketPort: number;
  /** SIP URI of the web phone's user agent (`rtcURIAddr`). */
  sipUri: string;
  /** SIP user agent username (`rtcUAUsername`). */
  sipUsername: string;
  /** SIP user agent password (`rtcUAPassword`). A secret: never log it. */
  sipPassword: string;
  /** Binds calls to this web phone; `createCall` sends it as `api_key` (`api_key`). */
  apiKey: string;
  /** Caller ID used on external calls, DDI+DDD+number (`caller_ident_external`). */
  externalCallerId: string;
  /** The agent's id on the platform (`agent_id`). */
  agentId: string;
  /** The settings exactly as `Call/Server` sent them. */
  raw: CallServerInfo;
}

function port(value: unknown, field: string): number {
  const text = String(value ?? "");
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65_535) {
    throw invalidResponse(
      `The Voice API's Call/Server answered a ${field} that is not a port: "${text.slice(0, 20)}".`,
    );
  }
  return Number(text);
}

export function normaliseCallServer(raw: CallServerInfo): WebPhoneSettings {
  let webSocketPort: number;
  try {
    const url = new URL(raw.rtcWsServer);
    webSocketPort =
      url.port === "" ? (url.protocol === "wss:" || url.protocol === "https:" ? 443 : 80) : Number(url.port);
  } catch (error) {
    throw invalidResponse("The Voice API's Call/Server answered an rtcWsServer that is not a URL.", error);
  }
  return {
    signalingServer: raw.rtcSignalingServer,
    signalingPort: port(raw.rtcSignalingPort, "rtcSignalingPort"),
    mediaServer: raw.rtcMediaServer,
    webSocketUrl: raw.rtcWsServer,
    webSocketPort,
    sipUri: raw.rtcURIAddr,
    sipUsername: raw.rtcUAUsername,
    sipPassword: raw.rtcUAPassword,
    apiKey: raw.api_key,
    externalCallerId: raw.caller_ident_external,
    agentId: raw.agent_id,
    raw,
  };
}
