/**
 * The agent's phone: one @ccaas/softphone instance and the state the screen shows, kept up to date from the
 * softphone's events. Views read the fields and call the actions; `subscribe` tells them when to redraw.
 */
import {
  type ConversationUpdate,
  createSoftphone,
  type PendingSession,
  type SessionStats,
  type Softphone,
} from "@ccaas/softphone";
import type { CrmHost } from "@ccaas/softphone/crm";
import type { Station } from "@ccaas/types";
import { platformUrl, voiceAdapterUrls } from "./config";
import { type Line, otherParty, toLines } from "./lines";
import { followSoftphone, short } from "./phone-events";
import { presenceIds } from "./presence";

export type Presence = "available" | "away";
export type Connection = "offline" | "connecting" | "connected" | "reconnecting";

export interface PhoneOptions {
  userName: string;
  /** The agent's access token (from loginAgent). */
  token: string;
  /** Who performs accept, hold, mute and end: the platform API or the partner's voice adapter. */
  callControl: "platform" | "voiceAdapter";
  voiceAdapterUrl: string;
}

/** A call that ended after the agent talked on it, waiting for its disposition. */
export interface WrapUp {
  conversationId: string;
  caller: string;
  number: string;
}

export interface Disposition extends WrapUp {
  disposition: string;
  notes: string;
}

export class Phone {
  readonly options: PhoneOptions;
  presence: Presence = "available";
  connection: Connection = "offline";
  station: Station | undefined;
  /** Calls ringing here that the agent answers or declines (not outbound calls it placed). */
  incoming: PendingSession[] = [];
  lines: Line[] = [];
  wrapUps: WrapUp[] = [];
  history: Disposition[] = [];
  /** The softphone's events, newest first: what the SDK told the app. */
  events: Array<{ at: Date; text: string }> = [];
  error: string | undefined;
  /** Audio statistics of the line shown in "Call quality". */
  stats: { conversationId: string; value: SessionStats } | undefined;
  /** The CRM wrapper, when the page was opened with one (`?crmWrapper=`) and it loaded. */
  crm: CrmHost | undefined;

  #softphone: Softphone | undefined;
  #update: ConversationUpdate | undefined;
  #microphone: string | undefined;
  #speaker: string | undefined;
  #statsTimer: ReturnType<typeof setInterval> | undefined;
  readonly #listeners = new Set<(what: "state" | "stats") => void>();

  constructor(options: PhoneOptions) {
    this.options = options;
  }

  subscribe(listener: (what: "state" | "stats") => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** With a CRM wrapper, the dialpad places calls once the CRM sent its partner configuration. */
  get canDial(): boolean {
    return !this.crm || this.crm.partnerConfig !== undefined;
  }

  /** The disposition codes the CRM sent, if any. */
  get dispositionCodes(): readonly string[] {
    return this.crm?.dispositions ?? [];
  }

  /** The softphone, for callers that need the SDK itself (it changes when the agent goes away and back). */
  get softphone(): Softphone | undefined {
    return this.#softphone;
  }

  // ---- actions ------------------------------------------------------------------------------------------

  /** Connects the softphone: the agent is online and calls are routed here. */
  async goOnline(): Promise<void> {
    if (this.#softphone) return;
    const { token, callControl, voiceAdapterUrl } = this.options;
    const softphone = createSoftphone({
      platformUrl,
      accessToken: token,
      callControl,
      ...(callControl === "voiceAdapter" ? { voiceProvider: voiceAdapterUrls(voiceAdapterUrl) } : {}),
      ...(this.#microphone ? { defaultAudioDeviceId: this.#microphone } : {}),
      ...(this.#speaker ? { defaultOutputDeviceId: this.#speaker } : {}),
    });
    this.#softphone = softphone;
    // Before connecting, so the CRM hears of calls that ring at once.
    this.crm?.useSoftphone(softphone);
    followSoftphone(softphone, this);
    this.connection = "connecting";
    this.#changed();
    try {
      await softphone.initialize();
      this.#statsTimer = setInterval(() => this.#refreshStats(), 1000);
    } catch (error) {
      this.#softphone = undefined;
      this.crm?.useSoftphone(undefined);
      this.connection = "offline";
      this.#fail(error);
      await softphone.destroy();
    }
  }

  /** Disconnects: no call is routed to the agent until they are available again. */
  async goOffline(): Promise<void> {
    const softphone = this.#softphone;
    this.#softphone = undefined;
    this.crm?.useSoftphone(undefined);
    clearInterval(this.#statsTimer);
    await softphone?.destroy();
    this.connection = "offline";
    this.incoming = [];
    this.lines = [];
    this.stats = undefined;
    this.#changed();
  }

  async setPresence(presence: Presence): Promise<void> {
    this.presence = presence;
    this.crm?.statusChanged(presenceIds[presence]);
    if (presence === "available") await this.goOnline();
    else await this.goOffline();
  }

  accept(conversationId: string): Promise<void> {
    return this.#run(async (phone) => phone.acceptPendingSession({ conversationId }));
  }

  reject(conversationId: string): Promise<void> {
    return this.#run((phone) => phone.rejectPendingSession({ conversationId }));
  }

  hold(conversationId: string, held: boolean): Promise<void> {
    return this.#run((phone) => phone.setConversationHeld({ conversationId, held }));
  }

  mute(conversationId: string, mute: boolean): Promise<void> {
    return this.#run((phone) => phone.setAudioMute({ conversationId, mute }));
  }

  end(conversationId: string): Promise<void> {
    return this.#run((phone) => phone.endSession({ conversationId }));
  }

  /**
   * Places a call; the softphone accepts its session here by itself (whatever arrives first). With a CRM
   * wrapper the call goes through it, which tells the CRM (`outboundCallInitiated`).
   */
  call(phoneNumber: string, callerId?: string): Promise<void> {
    return this.#run(async (phone) => {
      const crm = this.crm;
      const placed = crm?.loaded
        ? await crm.startCall({ dialTo: phoneNumber, ...(callerId ? { dialFrom: callerId } : {}) })
        : await phone.startSoftphoneSession({ phoneNumber, ...(callerId ? { callerId } : {}) });
      this.#log(`startSoftphoneSession answered: conversation ${short(placed.id)}`);
      const session = await placed.session;
      this.#log(`outbound session ready on connection ${short(session.id)}`);
    });
  }

  /** DTMF on the call the agent is talking on. */
  sendDigits(digits: string): Promise<void> {
    const active = this.lines.find((line) => line.active);
    if (!active) return Promise.resolve();
    return this.#run((phone) => phone.sendDigits({ conversationId: active.conversationId, digits }));
  }

  /** New default microphone; calls in progress switch to it without renegotiating. */
  setMicrophone(deviceId: string | null): Promise<void> {
    this.#microphone = deviceId ?? undefined;
    if (!this.#softphone) return Promise.resolve(); // used when the softphone connects
    return this.#run((phone) => phone.updateDefaultDevices({ audioDeviceId: deviceId }));
  }

  /** New speaker for future calls and the calls in progress. */
  setSpeaker(deviceId: string | null): Promise<void> {
    this.#speaker = deviceId ?? undefined;
    if (!this.#softphone) return Promise.resolve();
    return this.#run(async (phone) => {
      await phone.updateDefaultDevices({ outputDeviceId: deviceId, updateActiveSessions: false });
      await phone.updateOutputDevice(deviceId ?? "");
    });
  }

  saveWrapUp(conversationId: string, disposition: string, notes: string): void {
    const call = this.wrapUps.find((wrapUp) => wrapUp.conversationId === conversationId);
    if (!call) return;
    this.wrapUps = this.wrapUps.filter((wrapUp) => wrapUp !== call);
    this.history = [{ ...call, disposition, notes }, ...this.history];
    this.crm?.submitCallNotes({ conversationId, disposition, notes });
    this.#changed();
  }

  /** A line in the events log (from the softphone's events, or from outside it: the CRM wrapper). */
  note(line: string): void {
    this.#log(line);
  }

  /** Shows an error and logs it. */
  fail(error: unknown): void {
    this.#fail(error);
  }

  /** The latest `conversationUpdate`: the lines, and the wrap-ups of calls the agent talked on. */
  conversationUpdated(update: ConversationUpdate): void {
    this.#update = update;
    this.lines = toLines(update);
    for (const left of update.removed) {
      // Only calls the agent talked on get a wrap-up (not declined or missed ones).
      if (left.agentParticipant?.connectedTime) {
        this.wrapUps = [
          ...this.wrapUps,
          { conversationId: left.conversationId, ...otherParty(left.conversation) },
        ];
      }
    }
    if (this.stats && !this.lines.some((line) => line.conversationId === this.stats?.conversationId)) {
      this.stats = undefined;
    }
  }

  /** Redraws the lines from the latest update (a session was held, muted, ...). */
  redrawLines(): void {
    if (this.#update) this.lines = toLines(this.#update);
    this.#changed();
  }

  dismissError(): void {
    this.error = undefined;
    this.#changed();
  }

  async #refreshStats(): Promise<void> {
    const softphone = this.#softphone;
    const line = this.lines.find((candidate) => candidate.active) ?? this.lines[0];
    if (!softphone || !line?.connectionId) return;
    try {
      const value = await softphone.getStats({ conversationId: line.conversationId });
      this.stats = { conversationId: line.conversationId, value };
      this.#emit("stats");
    } catch {
      // The call ended between the two awaits: the next tick shows the next line.
    }
  }

  // ---- helpers ------------------------------------------------------------------------------------------

  async #run(action: (softphone: Softphone) => Promise<void>): Promise<void> {
    try {
      const softphone = this.#softphone;
      if (!softphone) throw new Error("The softphone is offline: set your presence to Available.");
      await action(softphone);
    } catch (error) {
      this.#fail(error);
    }
  }

  #fail(error: unknown): void {
    this.error = error instanceof Error ? error.message : String(error);
    this.#log(`error: ${this.error}`);
  }

  #log(line: string): void {
    this.events = [{ at: new Date(), text: line }, ...this.events].slice(0, 50);
    this.#changed();
  }

  #changed(): void {
    this.#emit("state");
  }

  #emit(what: "state" | "stats"): void {
    for (const listener of this.#listeners) listener(what);
  }
}
