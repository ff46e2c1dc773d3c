/**
 * The agent's page for the accept-to-first-audio benchmark. esbuild bundles it with @ccaas/softphone at the
 * start of the run; Chromium loads it. It signs in, answers every pending session, and times in the page
 * (`performance.now()`) from `acceptPendingSession` to the sandbox's tone: the first `getStats()` report whose
 * inbound-rtp audio has more packets than before the accept and whose energy since the previous fresh report
 * is above the threshold (`sqrt(ΔtotalAudioEnergy / ΔtotalSamplesDuration)`, so a stale `audioLevel` from the
 * previous call on a reused peer connection cannot count). Chromium caches getStats() for about 50 ms, so
 * the same moment is also taken from the received track through a Web Audio AnalyserNode, as a cross-check.
 */
import { createSoftphone, type PendingSession, type Softphone } from "@ccaas/softphone";
import type { CallResult, PageApi, StartOptions } from "./page-api.ts";

/** Every peer connection the SDK creates (through the `rtc` option), to tell a new one from a reused one. */
const peers: RTCPeerConnection[] = [];
class CountedPeerConnection extends RTCPeerConnection {
  constructor(configuration?: RTCConfiguration) {
    super(configuration);
    peers.push(this);
  }
}

interface Sample {
  packets: number;
  energy: number;
  duration: number;
  level: number;
  /** The stats report's timestamp: a new value means Chromium gathered fresh stats. */
  timestamp: number;
}
const none: Sample = { packets: 0, energy: 0, duration: 0, level: 0, timestamp: 0 };

async function inboundAudio(pc: RTCPeerConnection): Promise<Sample | undefined> {
  let found: Sample | undefined;
  (await pc.getStats()).forEach((stat: Record<string, unknown>) => {
    if (stat.type !== "inbound-rtp" || stat.kind !== "audio") return;
    found = {
      packets: Number(stat.packetsReceived ?? 0),
      energy: Number(stat.totalAudioEnergy ?? 0),
      duration: Number(stat.totalSamplesDuration ?? 0),
      level: Number(stat.audioLevel ?? 0),
      timestamp: Number(stat.timestamp ?? 0),
    };
  });
  return found;
}

/**
 * A cross-check with finer resolution than getStats (which Chromium caches for about 50 ms): the RMS of the
 * received track's last ~10 ms through Web Audio.
 */
let audioContext: AudioContext | undefined;
const analysers = new WeakMap<MediaStreamTrack, AnalyserNode>();
const buffer = new Float32Array(512);
function analyserOf(pc: RTCPeerConnection): AnalyserNode | undefined {
  const track = pc.getReceivers().find((receiver) => receiver.track.kind === "audio")?.track;
  if (!track) return undefined;
  let analyser = analysers.get(track);
  if (!analyser) {
    audioContext ??= new AudioContext();
    analyser = audioContext.createAnalyser();
    analyser.fftSize = buffer.length;
    audioContext.createMediaStreamSource(new MediaStream([track])).connect(analyser);
    analysers.set(track, analyser);
  }
  return analyser;
}
function rms(analyser: AnalyserNode): number {
  analyser.getFloatTimeDomainData(buffer);
  let sum = 0;
  for (const value of buffer) sum += value * value;
  return Math.sqrt(sum / buffer.length);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const open = () => peers.filter((pc) => pc.connectionState !== "closed");

let softphone: Softphone | undefined;
let settings: StartOptions | undefined;
const results = new Map<string, CallResult>();
const errors: string[] = [];
let microphone: MediaStream | undefined;

async function answer(pending: PendingSession): Promise<void> {
  const phone = softphone;
  const options = settings;
  if (!phone || !options) return;
  const { conversationId } = pending;
  // What every open peer connection had received before the accept (a persistent connection's last call).
  const before = new Map<RTCPeerConnection, Sample>();
  for (const pc of open()) before.set(pc, (await inboundAudio(pc)) ?? none);
  const result: CallResult = {
    conversationId,
    synthesized: pending.synthesized,
    newPeerConnection: false,
    peerConnections: 0,
    refreshesMs: [],
  };
  const started = performance.now();
  try {
    await phone.acceptPendingSession({ conversationId });
  } catch (error) {
    result.error = `acceptPendingSession: ${String(error)}`;
    results.set(conversationId, result);
    return;
  }
  let last: Sample | undefined;
  let fresh: number | undefined;
  let watched: RTCPeerConnection | undefined;
  while (performance.now() - started < options.timeoutMs) {
    const pc = phone.getSession(conversationId)?.peerConnection;
    if (pc && pc !== watched) {
      watched = pc;
      // Compared with what it had before the accept; a new peer connection had nothing.
      last = before.get(pc) ?? none;
    }
    const analyser = pc && analyserOf(pc);
    const sample = pc && (await inboundAudio(pc));
    const now = performance.now();
    if (analyser && result.webAudioMs === undefined && rms(analyser) > options.threshold) {
      result.webAudioMs = now - started;
    }
    if (pc && sample && last) {
      const grown = sample.packets > (before.get(pc) ?? none).packets;
      if (grown && result.acceptToPacketMs === undefined) result.acceptToPacketMs = now - started;
      if (sample.timestamp !== last.timestamp) {
        if (fresh !== undefined) result.refreshesMs.push(sample.timestamp - fresh);
        fresh = sample.timestamp;
        const seconds = sample.duration - last.duration;
        const level = seconds > 0 ? Math.sqrt(Math.max(0, sample.energy - last.energy) / seconds) : 0;
        last = sample;
        if (grown && level > options.threshold && result.acceptToAudioMs === undefined) {
          result.acceptToAudioMs = now - started;
        }
      }
    }
    const heard = result.acceptToAudioMs;
    if (heard !== undefined && (result.webAudioMs !== undefined || !analyser || now - started > heard + 500))
      break;
    await sleep(1);
  }
  if (result.acceptToAudioMs === undefined)
    result.error = `no tone within ${options.timeoutMs} ms (${result.acceptToPacketMs === undefined ? "no packet" : "packets, but silent"})`;
  result.newPeerConnection = watched !== undefined && !before.has(watched);
  result.peerConnections = peers.length;
  results.set(conversationId, result);
}

const api: PageApi = {
  errors,
  async start(options) {
    settings = options;
    // One fake microphone for every call (the SDK's defaultAudioStream): getUserMedia is not what is timed.
    microphone = await navigator.mediaDevices.getUserMedia({ audio: true });
    softphone = createSoftphone({
      platformUrl: options.platformUrl,
      signalingUrl: options.signalingUrl,
      accessToken: options.token,
      defaultAudioStream: microphone,
      rtc: { RTCPeerConnection: CountedPeerConnection },
      reconnect: false,
    });
    const phone = softphone;
    phone.on("error", (error) => errors.push(`${error.code}: ${error.message}`));
    phone.on("pendingSession", (pending) => {
      answer(pending).catch((error: unknown) => errors.push(`answer: ${String(error)}`));
    });
    phone.on("sessionStarted", (session) => {
      if (session.state !== "starting") return;
      phone
        .acceptSession({ conversationId: session.conversationId })
        .catch((error: unknown) => errors.push(`acceptSession: ${String(error)}`));
    });
    await phone.initialize();
    return { persistent: phone.isPersistentConnectionEnabled(), station: phone.station };
  },
  async result(conversationId, timeoutMs) {
    const deadline = performance.now() + timeoutMs;
    while (performance.now() < deadline) {
      const result = results.get(conversationId);
      if (result) return result;
      await sleep(5);
    }
    return {
      conversationId,
      synthesized: false,
      newPeerConnection: false,
      peerConnections: peers.length,
      refreshesMs: [],
      error: `no pending session within ${timeoutMs} ms`,
    };
  },
  async ended(conversationId, timeoutMs) {
    const phone = softphone;
    const options = settings;
    if (!phone || !options) return false;
    const deadline = performance.now() + timeoutMs;
    while (performance.now() < deadline) {
      const gone =
        phone.getSession(conversationId) === undefined &&
        !phone.getPendingSessions().some((pending) => pending.conversationId === conversationId);
      if (gone) {
        // The tone has faded on the connections left open (a persistent one), so the next call starts quiet.
        const levels = await Promise.all(open().map(inboundAudio));
        if (levels.every((sample) => (sample?.level ?? 0) < options.threshold)) return true;
      }
      await sleep(20);
    }
    return false;
  },
  async stop() {
    await softphone?.destroy();
    for (const track of microphone?.getTracks() ?? []) track.stop();
  },
};

(window as unknown as { bench: PageApi }).bench = api;
