/** The dialer's flow: log in, show the web-phone settings, place the call, follow it, summarise. */
import type { Writable } from "node:stream";
import { createVoiceClient, type VoiceCallStatus } from "@ccaas/voice-api";
import type { DialerArgs } from "./args.ts";
import { createProgress } from "./progress.ts";
import type { Credentials } from "./sandbox-credentials.ts";

export interface DialOutput {
  out: Writable & { isTTY?: boolean };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export async function dial(
  args: DialerArgs,
  credentials: Credentials,
  io: DialOutput,
  signal: AbortSignal,
): Promise<VoiceCallStatus> {
  const print = (line: string) => io.out.write(`${line}\n`);
  const voice = createVoiceClient({ baseUrl: args.baseUrl, ...credentials });

  print(`Voice API ${args.baseUrl} (login ${credentials.login}, campaign ${credentials.codCampaign})`);
  const phone = await voice.getCallServer({ signal });
  // The SIP password is a secret: never printed.
  print(
    `Web phone: ${phone.webSocketUrl} as ${phone.sipUri} (signaling ${phone.signalingServer}:${phone.signalingPort}, media ${phone.mediaServer})`,
  );

  const callerId = args.callerId ?? phone.externalCallerId;
  print(`Calling ${args.to} (${args.type}, caller ID ${callerId}, recording ${args.record})`);
  const started = performance.now();
  const { id } = await voice.createCall(
    { destination: args.to, type: args.type, callerId, recording: args.record, apiKey: phone.apiKey },
    { signal },
  );

  const progress = createProgress(io.out);
  const timeline: string[] = [];
  let last: VoiceCallStatus | undefined;
  try {
    for await (const status of voice.watchCall(id, { signal, intervalMs: args.intervalMs })) {
      last = status;
      timeline.push(`${status.status} ${seconds(performance.now() - started)}`);
      progress.update(`call ${id}: ${timeline.join(" -> ")}`);
    }
  } finally {
    progress.done();
  }
  const final = last as VoiceCallStatus;
  const cause =
    final.isdnCode === undefined
      ? "no ISDN cause given"
      : `ISDN ${final.isdnCode} ${final.isdnReason ?? ""}`.trim();
  print(
    `Summary: call ${id} to ${args.to} ${final.status} after ${seconds(performance.now() - started)} (${cause})`,
  );
  return final;
}
