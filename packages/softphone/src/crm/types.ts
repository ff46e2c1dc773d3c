/** The public shape of the CRM wrapper host: options, events and the host itself. */
import type {
  CallAcceptedParams,
  CcaasError,
  Conversation,
  CrmCallbackPayloads,
  CrmCallMessage,
  TypedEvents,
} from "@ccaas/types";
import type { Softphone, StartedSoftphoneSession } from "../index";

/**
 * What the softphone knows about an accepted call beyond the conversation (from the IVR or virtual agent):
 * added to `callAccepted` (and `language` to `incomingCall`) only when given.
 */
export type CrmCallDetails = Partial<
  Pick<
    CallAcceptedParams,
    | "language"
    | "ivrExitPath"
    | "channelName"
    | "reservationStartDate"
    | "specialEvent"
    | "escalationType"
    | "recordingStatus"
  >
>;

export interface CrmHostOptions {
  /** Absolute http(s) URL of the wrapper module (an ES module whose default export is a `CrmWrapper`). */
  wrapperUrl: string | URL;
  /**
   * The exact origins (`https://crm.example.com`, scheme + host + port) a wrapper may be loaded from. Anything
   * else is refused before it is fetched: the wrapper runs with the softphone's privileges.
   */
  allowedOrigins: readonly string[];
  /** The softphone whose events the wrapper hears; or set it later with `useSoftphone`. */
  softphone?: Softphone;
  /** The partner (`partnerId` of every call's params) until the wrapper sends `partner_config`. */
  partnerId?: string;
  /** The `softphoneId` of the agent's presence now: `get_presence` is answered with `statusChanged` of it. */
  currentStatus?: () => string | undefined;
  /**
   * Extra fields for `callAccepted` (`recordingStatus`, `ivrExitPath`, ...) and `language` for `incomingCall`,
   * from what your platform tells you about the call. The conversation has none of them, so by default the
   * params carry `language: "en_US"` (the seed's default) and no optional field.
   */
  callDetails?: (conversation: Conversation | undefined) => CrmCallDetails;
  /** How long a wrapper function may take before it is reported (`crm_wrapper_call_timeout`). Default 5000. */
  callTimeoutMs?: number;
  /** How long importing the module plus its `load(callback)` may take. Default 10000. */
  loadTimeoutMs?: number;
  /**
   * How the module is fetched and evaluated. Default: the browser's `import(url)` (the CRM's server must send
   * CORS headers for your origin and `content-type: text/javascript`). Tests map URLs to local files here.
   */
  importModule?: (url: string) => Promise<unknown>;
}

/** `start_call`'s payload: the number to dial and the caller id to present. */
export type CrmStartCall = CrmCallbackPayloads["start_call"];

/**
 * Events of the CRM host (`host.on(name, listener)`). The five callback event types keep the seed's names and
 * carry validated payloads.
 */
export type CrmHostEvents = {
  /** The wrapper was imported, checked, and its `load(callback)` settled. */
  loaded: { readonly url: string; readonly origin: string };
  /** The disposition codes to offer in the wrap-up (`callback("disposition", [...])`). */
  disposition: CrmCallbackPayloads["disposition"];
  /** The partner's outbound configuration: the dialpad may place independent calls now. */
  partner_config: CrmCallbackPayloads["partner_config"];
  /** The CRM asks for the current presence (answered with `statusChanged` when `currentStatus` is set). */
  get_presence: undefined;
  /** The CRM asks to switch the agent's presence to this status. */
  update_presence: CrmCallbackPayloads["update_presence"];
  /** The CRM asks to place a call: `host.startCall(payload)` places it and reports `outboundCallInitiated`. */
  start_call: CrmStartCall;
  /** The host called a wrapper function (for logs and tests). */
  called: CrmCallMessage;
  /** The wrapper failed or misbehaved (`CrmWrapperError`), or a host listener threw. Never thrown. */
  error: CcaasError;
};

/** `submitCallNotes`: the agent's wrap-up of a call. */
export interface CrmCallNotes {
  conversationId: string;
  disposition: string;
  notes?: string;
}

/** A loaded CRM wrapper, fed with the softphone's events. */
export interface CrmHost extends TypedEvents<CrmHostEvents> {
  /** The wrapper's origin (`https://crm.example.com`), when its URL parses. */
  readonly origin: string | undefined;
  /** True once `load()` resolved and until `destroy()`. */
  readonly loaded: boolean;
  /** The `partnerId` sent with calls: `partner_config`'s, else the option's. */
  readonly partnerId: string | undefined;
  /** The last `disposition` codes the wrapper sent (empty until it sends some). */
  readonly dispositions: readonly string[];
  /** The last `partner_config` the wrapper sent. */
  readonly partnerConfig: CrmCallbackPayloads["partner_config"] | undefined;

  /**
   * Checks the allow-list (refusing without fetching), imports the module, checks its default export and
   * runs `load(callback)`. Rejects with `CrmWrapperRefusedError` or `CrmWrapperError`; the softphone is
   * unaffected either way. Calling it again returns the same promise.
   */
  load(): Promise<void>;
  /** Follows another softphone (or none, while the agent is offline); calls in progress are forgotten. */
  useSoftphone(softphone: Softphone | undefined): void;
  /**
   * Places an outbound call (`dialTo`, with `dialFrom` as the caller id when given) and, once the platform
   * gave it a conversation id, calls `outboundCallInitiated`. Rejects like `startSoftphoneSession`.
   */
  startCall(params: Pick<CrmStartCall, "dialTo" | "dialFrom">): Promise<StartedSoftphoneSession>;
  /** The agent saved the wrap-up: `callNotesSubmitted` (and `callEnded` carries them if it comes later). */
  submitCallNotes(notes: CrmCallNotes): void;
  /** The agent's presence changed (or the CRM asked): `statusChanged({ softphoneId })`. */
  statusChanged(softphoneId: string): void;
  /** Unsubscribes from the softphone, cancels pending timers and ignores the wrapper from now on. */
  destroy(): void;
}
