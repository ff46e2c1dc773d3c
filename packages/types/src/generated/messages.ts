/**
 * GENERATED from specs/messages/*.yaml: json-schema-to-typescript types.
 * Do not edit by hand: change the spec, then run `pnpm generate`.
 */
/**
 * The shared conversation model: a conversation, its participants and the agent's station. The partner API (`../partner-api.yaml`), the conversation webhooks and the softphone signaling messages all reference these `$defs`, so a conversation has one shape everywhere. Field names follow Genesys Cloud, which softphone users know (the WebRTC softphone seed is written against it); names beyond the seeds carry `x-ccaas-extension`. This file holds no messages of its own: the root `oneOf` lists the top-level models so every def is reachable for code generators.
 */
export type ConversationModel = Conversation | Participant | Station;
/**
 * Who started the conversation: `inbound` (a customer dialed in, e.g. to the partner's toll-free number) or `outbound` (an agent placed the call with `startSoftphoneSession` / `POST /api/v2/conversations/calls`). The seed speaks of inbound and outbound softphone sessions.
 */
export type ConversationDirection = "inbound" | "outbound";
/**
 * Why a participant is in the conversation: `customer` is the external party, `agent` a user of the softphone.
 */
export type ParticipantPurpose = "customer" | "agent";
/**
 * The participant's call state. `alerting`: ringing, not answered yet. `connected`: talking. `held`: on hold (takes precedence over muted). `muted`: connected with the microphone muted. `disconnected`: gone (hung up, removed or ended); terminal. The `held` and `muted` booleans on Participant carry both toggles independently of this summary.
 */
export type ParticipantState = "alerting" | "connected" | "held" | "muted" | "disconnected";
/**
 * Line Appearance: how many concurrent active WebRTC sessions the user's station allows. `1`: every conversation is multiplexed on one session; answering or placing another call holds the active one, and session events are synthesised from conversation events. `100`: one WebRTC session per call (the current default). The seed says the value is "usually" 1 or 100; these are the only values the platform sends.
 */
export type LineAppearance = 1 | 100;
/**
 * The contract between the softphone and a CRM wrapper library (seed: crm-softphone-contract.txt). The wrapper is
 * loaded from a remote, allow-listed origin and implements `load(callback)` plus one function per softphone event.
 *
 * Two directions, seed names kept exactly:
 * - wrapper -> softphone: `callback(eventType, payload)` with event types `disposition`, `partner_config`,
 *   `get_presence`, `update_presence`, `start_call`. Modelled as `{ eventType, payload }` messages (`...Callback`);
 * - softphone -> wrapper: `incomingCall`, `callAccepted`, `callRejected`, `callEnded`, `callNotesSubmitted`,
 *   `outboundCallInitiated`, `statusChanged`, each called with one JSON object (`...Params`). Across a window
 *   boundary the call travels as `{ method, params }` (`...Message`). The seed shows `incomingCall()` with a
 *   "Parameters" table rather than `(JSONparams)`; the softphone passes one object to it like to the others.
 *
 * Transports: when the wrapper script runs in the softphone's page, these are direct function calls. When the
 * softphone is an iframe inside the CRM page, the two sides run the `crm.hello` / `crm.welcome` handshake over
 * `window.postMessage` and then exchange the same messages over the transferred MessagePort.
 *
 * Required fields: `partnerId` and `conversationId` are always required on call params; beyond them only the field
 * that gives an event its meaning is required (`callerANI` on incoming/accepted calls, `reason` on rejections,
 * `duration` and `callType` on ended calls, `disposition` on submitted notes, `dialledTo` on outbound calls,
 * `softphoneId` on status changes). The rest are optional because the softphone does not always know them (for
 * example `reservationStartDate` exists only when the virtual agent identified a booking). Callback payloads
 * require every field of the seed's samples except `dialFrom` and `participantType` (the platform defaults them).
 * The softphone validates what the wrapper sends, so callbacks are closed (`additionalProperties: false`); the
 * wrapper should tolerate new fields in call params, which are open.
 *
 */
export type CrmContractMessage =
  | DispositionCallback
  | PartnerConfigCallback
  | GetPresenceCallback
  | UpdatePresenceCallback
  | StartCallCallback
  | IncomingCallMessage
  | CallAcceptedMessage
  | CallRejectedMessage
  | CallEndedMessage
  | CallNotesSubmittedMessage
  | OutboundCallInitiatedMessage
  | StatusChangedMessage
  | CrmHelloMessage
  | CrmWelcomeMessage;
/**
 * Array of strings that will be displayed as drop down in softphone (seed); the agent picks one as `disposition`.
 */
export type DispositionPayload = string[];
/**
 * Unique guid to identify partner in platform (seed).
 */
export type PartnerId = string;
/**
 * Unique guid to identify conversation (seed).
 */
export type CrmConversationId = string;
/**
 * The `eventType` argument of `callback(eventType, payload)` (seed).
 */
export type CrmCallbackEventType = "disposition" | "partner_config" | "get_presence" | "update_presence" | "start_call";
/**
 * The wrapper functions the softphone calls (seed).
 */
export type CrmMethod =
  | "incomingCall"
  | "callAccepted"
  | "callRejected"
  | "callEnded"
  | "callNotesSubmitted"
  | "outboundCallInitiated"
  | "statusChanged";
/**
 * The protocol of an Interaction Processor type network service (seed: interaction-processor.txt): a service that
 * manages agent sessions and gives access to its CTI. Each frame on the socket is one UTF-8 JSON object. A client
 * sends a request `{ command, data }`; the service answers with the same `command` and a `result` of `confirm`,
 * `success` or `failure`. Confirm and failure responses echo the request under `original`.
 *
 * `prepareSession` with `override: false` may be answered `confirm` when the agent already has a session; the client
 * asks the user (showing `message`) and, if they agree to destroy it, repeats the request with `override: true`.
 *
 * The seed's getCapabilities responses show `"command": " getCapabilities "` with spaces around the name: that is a
 * formatting artefact of the document. Services send `"getCapabilities"`; clients trim the command before matching so
 * both forms are accepted.
 *
 * Requests are closed (`additionalProperties: false`, as every request body in specs/): a misspelled field is a
 * failure, not a silently ignored option. Responses and events are open: the seed lets services "expand on the
 * structures of those messages", and clients must tolerate fields they do not know. A service that adds request
 * fields extends these schemas. Requests carry no `result`, which is how they are told apart from responses.
 *
 * `agent.password` travels in `prepareSession` and is echoed in every response that contains the request or its data
 * (`original`, `resource.data`): never log these messages unredacted.
 *
 */
export type InteractionProcessorMessage =
  | PrepareSessionRequest
  | GetCapabilitiesRequest
  | GetServiceInfoRequest
  | PrepareSessionConfirm
  | PrepareSessionSuccess
  | GetCapabilitiesSuccess
  | CommandFailure
  | ServiceInfoEvent;
/**
 * Optional correlation id chosen by the client. A service echoes it on every response to that request, so several
 * requests can be in flight on one socket (the seed correlates only by `command`).
 *
 */
export type RequestId = string;
/**
 * Failure codes every service built with the SDK uses for protocol errors: `UNKNOWN_COMMAND` (no such command),
 * `MALFORMED_REQUEST` (not JSON, not an object, or missing `command` / `data`). Other codes are service-defined.
 *
 */
export type KnownFailureCode = "UNKNOWN_COMMAND" | "MALFORMED_REQUEST";
/**
 * Every request a client sends.
 */
export type InteractionProcessorRequest = PrepareSessionRequest | GetCapabilitiesRequest | GetServiceInfoRequest;
/**
 * Every message a service sends (responses and the serviceInfo event).
 */
export type InteractionProcessorResponse =
  PrepareSessionConfirm | PrepareSessionSuccess | GetCapabilitiesSuccess | CommandFailure | ServiceInfoEvent;
/**
 * Kafka participant events a voice adapter publishes to the platform (seed: byo-voice-adapter.txt). After the
 * softphone calls the adapter's `accept_call_url` the adapter publishes `PARTICIPANTCALLINITIATED` for the agent
 * participant; after `end_call_url`, `PARTICIPANTCALLCOMPLETED`. The hold, resume, mute and unmute events are
 * extensions so the platform's participant state follows the other adapter URLs too.
 *
 * Kafka record conventions (extension, the seed names the events only):
 * - topic: `participant-events`;
 * - record key: the event's `conversationId` (UTF-8), so every event of one conversation lands on one partition
 *   and is consumed in order;
 * - record headers: `eventType` (same value as the body's `eventType`) and `eventId` (same value as the body's
 *   `eventId`), UTF-8 strings, so a consumer can route or deduplicate without parsing the value;
 * - record value: one of the messages below as UTF-8 JSON.
 *
 * Consumers switch on `eventType`; `eventId` is unique per event and is the deduplication key (delivery is at
 * least once). The adapter is the producer and the platform validates what it consumes, so every event is closed
 * (`additionalProperties: false`): a misspelled field is rejected like a typo in a request body.
 *
 */
export type ParticipantEventMessage =
  | ParticipantCallInitiatedEvent
  | ParticipantCallCompletedEvent
  | ParticipantCallHeldEvent
  | ParticipantCallResumedEvent
  | ParticipantCallMutedEvent
  | ParticipantCallUnmutedEvent;
/**
 * The event type, also sent as the `eventType` record header. `PARTICIPANTCALLINITIATED` and
 * `PARTICIPANTCALLCOMPLETED` come from the seed; the others are extensions (see each event).
 *
 */
export type ParticipantEventType =
  | "PARTICIPANTCALLINITIATED"
  | "PARTICIPANTCALLCOMPLETED"
  | "PARTICIPANTCALLHELD"
  | "PARTICIPANTCALLRESUMED"
  | "PARTICIPANTCALLMUTED"
  | "PARTICIPANTCALLUNMUTED";
/**
 * The WebSocket protocol between the platform (the sandbox serves it at `/signaling`) and the WebRTC softphone
 * (`@ccaas/softphone`). Every frame is one UTF-8 JSON text message with a `type` discriminator (camelCase).
 *
 * It carries the seed's (webrtc-softphone-sdk.txt) discovery flow before any media is set up, so the user can pick
 * which client (device or tab) takes the call:
 * - inbound: conversation notification (`conversationEvent`) -> `propose` -> `proceed` -> `initiate` (SDP offer)
 *   -> `accept` (SDP answer);
 * - outbound: the app places the call over REST (public API, returns the conversationId) -> `propose` (with
 *   `autoAnswer` on the client that placed it) -> `proceed` -> `initiate` -> `accept`. The REST response and
 *   `propose` arrive in no guaranteed order; correlate them by `conversationId`.
 * The connection starts with `authenticate` (client) -> `ready` (server). After a reconnect the client sends `sync`
 * and gets a `snapshot`.
 *
 * `sessionId` vs `conversationId`: a session is one WebRTC peer connection (one SDP offer/answer and its ICE); a
 * conversation is a call on the platform. With line appearance 100 every conversation gets its own session, so the
 * two map one to one. With line appearance 1 the station keeps one persistent session that carries every
 * conversation in turn (answering or placing a second call holds the first): later conversations arrive as
 * `conversationEvent` on the same session, without a new `propose` / `initiate`, and the `conversationId` a session
 * was proposed with says nothing about which conversation it carries now. `conversationEvent` is the source of
 * truth (the SDK's `conversationUpdate`).
 *
 * Direction: messages the client sends are closed (`additionalProperties: false`, the server rejects a typo with an
 * `error`); messages the server sends are open, so an older client tolerates new fields.
 *
 */
export type SoftphoneSignalingMessage =
  | AuthenticateMessage
  | ReadyMessage
  | ProposeMessage
  | ProceedMessage
  | RejectMessage
  | RetractMessage
  | InitiateMessage
  | AcceptMessage
  | IceCandidateMessage
  | TerminateMessage
  | SendDigitsMessage
  | SyncMessage
  | IceRestartMessage
  | SnapshotMessage
  | ConversationEventMessage
  | StationEventMessage
  | SignalingErrorMessage;
/**
 * Id of one WebRTC session (one peer connection), chosen by the server in `propose`. Not a conversation id: with
 * line appearance 1 one session carries many conversations.
 *
 */
export type SessionId = string;
/**
 * Id of a conversation on the platform (`Conversation.id`, the `conversationId` the public API returns).
 */
export type SignalingConversationId = string;
/**
 * Why a pending session was cancelled: `answeredElsewhere` (another client of the same agent proceeded),
 * `timeout` (nobody proceeded in time), `callerHungUp` (the customer left before the agent answered),
 * `rejected` (this or another client of the agent sent `reject`).
 *
 */
export type RetractReason = "answeredElsewhere" | "timeout" | "callerHungUp" | "rejected";
/**
 * An SDP body (RFC 8866) as the `sdp` of an RTCSessionDescription: the offer in `initiate`, the answer in `accept`.
 * It carries ICE credentials, so it must never be logged.
 *
 */
export type SessionDescription = string;
/**
 * An ICE candidate attribute as in RTCIceCandidateInit.candidate (`candidate:...`). The empty string signals the
 * end of candidates for that media section.
 *
 */
export type IceCandidate = string;
/**
 * Every message a softphone client sends to the server.
 */
export type SoftphoneClientMessage =
  | AuthenticateMessage
  | ProceedMessage
  | RejectMessage
  | AcceptMessage
  | IceCandidateMessage
  | TerminateMessage
  | SendDigitsMessage
  | SyncMessage
  | IceRestartMessage;
/**
 * Every message the server sends to a softphone client.
 */
export type SoftphoneServerMessage =
  | ReadyMessage
  | ProposeMessage
  | RetractMessage
  | InitiateMessage
  | IceCandidateMessage
  | TerminateMessage
  | SnapshotMessage
  | ConversationEventMessage
  | StationEventMessage
  | SignalingErrorMessage;

/**
 * A voice conversation and its participants: what the platform returns for `GET /api/v2/conversations/calls/{conversationId}`, what conversation webhooks carry, and what the softphone's `conversationUpdate` is built from. `id` is the seed's `conversationId`; `id` and `selfUri` are what placing a call returns.
 */
export interface Conversation {
  /**
   * The conversation id (the seed's `conversationId`).
   */
  id: string;
  direction: ConversationDirection;
  /**
   * Everyone who is or was in the conversation, disconnected participants included.
   */
  participants: Participant[];
  /**
   * When the conversation started.
   */
  startTime: string;
  /**
   * When the last participant disconnected; absent while the conversation is active.
   */
  endTime?: string;
  /**
   * The calling address (the customer's number for inbound calls, the caller id for outbound ones).
   */
  fromAddress?: string;
  /**
   * The called address (the partner's toll-free number for inbound calls, the dialed number for outbound ones).
   */
  toAddress?: string;
  /**
   * The conversation's URI in the public API (relative to the server), as returned with `id` when a call is placed.
   */
  selfUri: string;
}
/**
 * One party of a conversation: the customer or an agent. Its `id` is the `participantId` that the voice adapter requests carry (`participantId`, `author.participantId`).
 */
export interface Participant {
  /**
   * The participant id (the seed's `participantId`).
   */
  id: string;
  purpose: ParticipantPurpose;
  state: ParticipantState;
  /**
   * Whether the participant's audio is muted.
   */
  muted: boolean;
  /**
   * Whether the participant is on hold.
   */
  held: boolean;
  /**
   * Display name (as in the seed's ISdkSoftphoneDestination `name`).
   */
  name?: string;
  /**
   * The participant's address: a phone number for a customer (as dialed, e.g. `15555555555` or E.164), the agent's logon name for an agent (as in the seed's ISdkSoftphoneDestination `address`).
   */
  address?: string;
  /**
   * The agent's user id; present for agent participants (the seed's ISdkSoftphoneDestination `userId`).
   */
  userId?: string;
  /**
   * The agent's logon name (the seed's `author.userName` / `agentLogonName`); present for agent participants.
   */
  userName?: string;
  /**
   * When the participant connected (answered); absent while alerting.
   */
  connectedTime?: string;
  /**
   * When the participant disconnected; present once `state` is `disconnected`.
   */
  endTime?: string;
}
/**
 * The agent's station (a WebRTC softphone), which holds the seed's Line Appearance and persistent connection settings. Field names are Genesys Cloud's (`webRtcCallAppearances`, `webRtcPersistentEnabled`), which the seed's SDK reads.
 */
export interface Station {
  /**
   * The station id.
   */
  id: string;
  /**
   * The station's display name.
   */
  name: string;
  /**
   * The id of the agent the station is associated with.
   */
  userId: string;
  /**
   * The station type; `inin_webrtc_softphone` for a WebRTC softphone (open set).
   */
  type?: string;
  /**
   * `ASSOCIATED` while a user is associated with the station, `AVAILABLE` otherwise.
   */
  status?: "AVAILABLE" | "ASSOCIATED";
  webRtcCallAppearances: LineAppearance;
  /**
   * Persistent connection: keep the WebRTC session alive after a call ends so the next call connects without a new session.
   */
  webRtcPersistentEnabled: boolean;
}
/**
 * Wrapper -> softphone, `callback("disposition", [...])`. Sets the disposition codes the softphone offers.
 */
export interface DispositionCallback {
  eventType: "disposition";
  payload: DispositionPayload;
}
/**
 * Wrapper -> softphone, `callback("partner_config", {...})`. Enables the dialpad for independent outbound calls.
 */
export interface PartnerConfigCallback {
  eventType: "partner_config";
  payload: PartnerConfigPayload;
}
/**
 * Required to allow agent to use dialpad to initiate independent outbound call (seed).
 */
export interface PartnerConfigPayload {
  partnerId: PartnerId;
  /**
   * The partner's business segment the outbound calls belong to.
   */
  businessSegmentId: string;
  /**
   * The channel the outbound calls originate from.
   */
  channelOriginId: string;
}
/**
 * Wrapper -> softphone, `callback("get_presence")`. The application wants the current status; the softphone answers
 * by calling `statusChanged`. No payload is expected (seed): a host drops any payload passed
 * with it before validating.
 *
 */
export interface GetPresenceCallback {
  eventType: "get_presence";
  /**
   * No payload is expected (seed); absent or null.
   */
  payload?: null;
}
/**
 * Wrapper -> softphone, `callback("update_presence", {...})`. Changes the agent's presence on the softphone.
 */
export interface UpdatePresenceCallback {
  eventType: "update_presence";
  payload: UpdatePresencePayload;
}
/**
 * The application asks the softphone to change the agent's presence to this status (seed).
 */
export interface UpdatePresencePayload {
  /**
   * Unique guid of status on softphone (the same id `statusChanged` reports).
   */
  softphoneId: string;
}
/**
 * Wrapper -> softphone, `callback("start_call", {...})`. Starts an outbound call; the softphone then calls `outboundCallInitiated`.
 */
export interface StartCallCallback {
  eventType: "start_call";
  payload: StartCallPayload;
}
/**
 * The application asks the softphone to initiate an outbound call (seed).
 */
export interface StartCallPayload {
  partnerId: PartnerId;
  /**
   * The partner's business segment the call belongs to.
   */
  businessSegmentId: string;
  /**
   * The channel the call originates from.
   */
  channelOriginId: string;
  /**
   * The number to call.
   */
  dialTo: string;
  /**
   * The caller id to present; the platform's default when absent.
   */
  dialFrom?: string;
  /**
   * Who is being called. The seed's sample is the literal `Traveler/Supplier/Agent`, read as one of `Traveler`,
   * `Supplier`, `Agent`; kept an open string so the sample itself stays valid.
   *
   */
  participantType?: string;
}
/**
 * Softphone -> wrapper. `incomingCall(params)` as a message.
 */
export interface IncomingCallMessage {
  method: "incomingCall";
  params: IncomingCallParams;
}
/**
 * `incomingCall(params)`: executed by softphone when an incoming call is routed to the agent (seed).
 */
export interface IncomingCallParams {
  partnerId: PartnerId;
  conversationId: CrmConversationId;
  /**
   * Phone Number of caller (seed).
   */
  callerANI: string;
  /**
   * Language selected by caller (seed). Default en_US.
   */
  language?: string;
}
/**
 * Softphone -> wrapper. `callAccepted(params)` as a message.
 */
export interface CallAcceptedMessage {
  method: "callAccepted";
  params: CallAcceptedParams;
}
/**
 * `callAccepted(JSONparams)`: executed by softphone when call is accepted by agent (seed).
 */
export interface CallAcceptedParams {
  partnerId: PartnerId;
  conversationId: CrmConversationId;
  /**
   * Phone Number of caller (seed).
   */
  callerANI: string;
  /**
   * Language selected by caller (seed). Default en_US.
   */
  language?: string;
  /**
   * Intent (seed): how the caller left the IVR / virtual agent.
   */
  ivrExitPath?: string;
  /**
   * The channel the call came through (no purpose given in the seed).
   */
  channelName?: string;
  /**
   * Booking start date if booking was identified during interaction with Virtual Agent (seed); a string as sent.
   */
  reservationStartDate?: string;
  /**
   * Special event flagged for the call (no purpose given in the seed).
   */
  specialEvent?: string;
  /**
   * How the call was escalated to an agent (no purpose given in the seed).
   */
  escalationType?: string;
  /**
   * ON or OFF (seed).
   */
  recordingStatus?: "ON" | "OFF";
}
/**
 * Softphone -> wrapper. `callRejected(params)` as a message.
 */
export interface CallRejectedMessage {
  method: "callRejected";
  params: CallRejectedParams;
}
/**
 * `callRejected(JSONparams)`: executed by softphone when call is rejected actively or passively (seed).
 */
export interface CallRejectedParams {
  partnerId: PartnerId;
  conversationId: CrmConversationId;
  /**
   * `active` (the agent rejected) or `passive` (the offer timed out or was answered elsewhere).
   */
  reason: "active" | "passive";
}
/**
 * Softphone -> wrapper. `callEnded(params)` as a message.
 */
export interface CallEndedMessage {
  method: "callEnded";
  params: CallEndedParams;
}
/**
 * `callEnded(JSONparams)`: executed by softphone when the call ends. (The seed repeats callRejected's sentence,
 * "when call is rejected actively or passively", here; the properties say it is the end of an accepted call.)
 *
 */
export interface CallEndedParams {
  partnerId: PartnerId;
  conversationId: CrmConversationId;
  /**
   * Call duration in seconds (seed).
   */
  duration: number;
  /**
   * Disposition code selected by agent (seed), one of the `disposition` callback's codes.
   */
  disposition?: string;
  /**
   * Call Notes entered by agent (seed).
   */
  notes?: string;
  /**
   * inbound/outbound (seed).
   */
  callType: "inbound" | "outbound";
}
/**
 * Softphone -> wrapper. `callNotesSubmitted(params)` as a message.
 */
export interface CallNotesSubmittedMessage {
  method: "callNotesSubmitted";
  params: CallNotesSubmittedParams;
}
/**
 * `callNotesSubmitted(JSONparams)`: executed by softphone when agent submits disposition and notes (seed).
 */
export interface CallNotesSubmittedParams {
  partnerId: PartnerId;
  conversationId: CrmConversationId;
  /**
   * Disposition code selected by agent (seed).
   */
  disposition: string;
  /**
   * Call Notes entered by agent (seed).
   */
  notes?: string;
}
/**
 * Softphone -> wrapper. `outboundCallInitiated(params)` as a message.
 */
export interface OutboundCallInitiatedMessage {
  method: "outboundCallInitiated";
  params: OutboundCallInitiatedParams;
}
/**
 * `outboundCallInitiated(JSONparams)`: executed by softphone when agent starts independent outbound call (seed).
 */
export interface OutboundCallInitiatedParams {
  partnerId: PartnerId;
  conversationId: CrmConversationId;
  /**
   * The number the agent dialled (spelled `dialledTo`, unlike `start_call`'s `dialTo`). The seed's table
   * describes it as "Disposition code selected by agent", a copy-paste slip.
   *
   */
  dialledTo: string;
}
/**
 * Softphone -> wrapper. `statusChanged(params)` as a message.
 */
export interface StatusChangedMessage {
  method: "statusChanged";
  params: StatusChangedParams;
}
/**
 * `statusChanged(JSONparams)`: executed by softphone when agent changes status, and in answer to `get_presence` (seed).
 */
export interface StatusChangedParams {
  /**
   * Unique guid of status on softphone (seed).
   */
  softphoneId: string;
}
/**
 * Softphone iframe -> CRM page, `window.parent.postMessage(hello, crmOrigin)` once the wrapper has loaded, with the
 * CRM's exact origin as target (never `"*"`, which would announce the softphone to any page framing it); the
 * wrapper knows it, being served from it. The CRM page must check `event.origin` (not the `origin` field) against
 * the softphone origin it configured AND `event.source` against its iframe's `contentWindow`, then answer
 * `crm.welcome`. Sent again every second until welcomed, since the page may not be listening yet; every hello
 * answered gets a fresh port (a reloaded softphone has lost the old one).
 *
 */
export interface CrmHelloMessage {
  type: "crm.hello";
  /**
   * Protocol name and major version; a CRM page ignores a protocol it does not speak.
   */
  protocol: "ccaas-crm/1";
  /**
   * The softphone's own origin, informational (the receiver trusts `event.origin`).
   */
  origin: string;
}
/**
 * CRM page -> softphone iframe, `iframe.contentWindow.postMessage(welcome, softphoneOrigin, [port2])` with a
 * MessageChannel port transferred. The softphone accepts it only from the CRM's `event.origin` (an allow-listed one:
 * the seed's list of allowed domains) with `event.source === window.parent`; afterwards both sides exchange the
 * `...Message` and `...Callback` messages of this file on the newest port, never on `window`.
 *
 */
export interface CrmWelcomeMessage {
  type: "crm.welcome";
  /**
   * The protocol the CRM page speaks; must equal the hello's.
   */
  protocol: "ccaas-crm/1";
  /**
   * The CRM page's own origin, informational (the receiver trusts `event.origin`).
   */
  origin: string;
}
/**
 * Client -> service. Prepares (logs in) an agent session on the CTI (seed).
 */
export interface PrepareSessionRequest {
  command: "prepareSession";
  data: PrepareSessionData;
  requestId?: RequestId;
}
/**
 * The `data` of a prepareSession request (seed); echoed as `resource.data` on success.
 */
export interface PrepareSessionData {
  /**
   * Name of the call model to use.
   */
  model: string;
  /**
   * Whether to destroy an existing session of the agent. Clients should start with false and let the user decide
   * (after a `confirm` response) whether to retry with true (seed).
   *
   */
  override: boolean;
  agent: PrepareSessionAgent;
}
/**
 * The agent whose session is prepared (seed).
 */
export interface PrepareSessionAgent {
  /**
   * The agent id on the CTI.
   */
  id: string;
  /**
   * The agent's CTI password. Secret; must never be logged or put into an error message.
   */
  password: string;
}
/**
 * Client -> service. Discovers the capabilities of this interaction processor (seed). `data` is empty.
 */
export interface GetCapabilitiesRequest {
  command: "getCapabilities";
  /**
   * Empty object (seed).
   */
  data: {};
  requestId?: RequestId;
}
/**
 * Client -> service. Asks for the ServiceInfo again; the service answers with a `serviceInfo` event.
 */
export interface GetServiceInfoRequest {
  command: "getServiceInfo";
  /**
   * Empty object, optional.
   */
  data?: {};
  requestId?: RequestId;
}
/**
 * Service -> client. The agent already has a session: ask the user `message` and, if they agree, resend the request
 * with `override: true` (seed).
 *
 */
export interface PrepareSessionConfirm {
  command: "prepareSession";
  result: "confirm";
  /**
   * Confirmation prompt text to show the user.
   */
  message: string;
  original: PrepareSessionRequest;
  requestId?: RequestId;
}
/**
 * Service -> client. The session is prepared; `resource.data` is the request's `data` (seed).
 */
export interface PrepareSessionSuccess {
  command: "prepareSession";
  result: "success";
  resource: PrepareSessionResource;
  requestId?: RequestId;
}
/**
 * The resource a successful prepareSession created (seed).
 */
export interface PrepareSessionResource {
  /**
   * Id of the prepared session resource.
   */
  id: string;
  data: PrepareSessionData;
}
/**
 * Service -> client. The capabilities as key value pairs (seed). The command is `getCapabilities`, without the seed's spaces.
 */
export interface GetCapabilitiesSuccess {
  command: "getCapabilities";
  result: "success";
  data: Capabilities;
  requestId?: RequestId;
}
/**
 * Key value pairs of capabilities (seed); keys and values are service-defined.
 */
export interface Capabilities {
  [k: string]: unknown;
}
/**
 * Service -> client. A request failed (seed), for any command. `original` echoes the request; it is absent only
 * for `MALFORMED_REQUEST`, when there was no JSON object to echo, in which case `command` is the empty string.
 *
 */
export interface CommandFailure {
  /**
   * The command that failed, as sent (trimmed).
   */
  command: string;
  result: "failure";
  failure: CommandFailureDetail;
  /**
   * The original request.
   */
  original?: PrepareSessionRequest | GetCapabilitiesRequest | GetServiceInfoRequest | UnrecognizedRequest;
  requestId?: RequestId;
}
/**
 * What went wrong (seed).
 */
export interface CommandFailureDetail {
  /**
   * Error code for the failure (a KnownFailureCode, or service-defined).
   */
  code: KnownFailureCode | string;
  /**
   * Error message for a person.
   */
  message: string;
  /**
   * Stack trace if applicable (seed). Never contains the request's password.
   */
  context?: string;
}
/**
 * A request this schema does not know (an unknown command), as echoed in a failure's `original`.
 */
export interface UnrecognizedRequest {
  /**
   * The command as sent.
   */
  command: string;
  /**
   * The data as sent.
   */
  data?: {
    [k: string]: unknown;
  };
  requestId?: RequestId;
}
/**
 * Service -> client. Carries the ServiceInfo; sent unprompted as the first message on every new connection and in
 * answer to `getServiceInfo` (with its `requestId`).
 *
 */
export interface ServiceInfoEvent {
  command: "serviceInfo";
  data: ServiceInfo;
  requestId?: RequestId;
}
/**
 * The information every Interaction Processor service must provide (seed). `instance-domain` identifies a group of
 * interaction processors, on separate integration platforms, that serve the same pool of clients; clients spread
 * their connections across the instances hosting the right domain.
 *
 */
export interface ServiceInfo {
  /**
   * Vendor of the service.
   */
  vendor: string;
  /**
   * Current version of the service.
   */
  version: string;
  /**
   * Vendor of the underlying CTI.
   */
  "cti-vendor": string;
  /**
   * Version of the underlying CTI.
   */
  "cti-version": string;
  /**
   * The domain this instance serves (see the schema description).
   */
  "instance-domain": string;
}
/**
 * Published by the voice adapter once the agent accepted an inbound call through `accept_call_url` (seed):
 * the agent participant is now connected.
 *
 */
export interface ParticipantCallInitiatedEvent {
  /**
   * Unique id of this event (UUID), also the `eventId` record header. Consumers deduplicate on it.
   */
  eventId: string;
  eventType: "PARTICIPANTCALLINITIATED";
  /**
   * When the change happened on the adapter (RFC 3339 date-time, UTC recommended).
   */
  eventTime: string;
  /**
   * The CCaaS partner id the adapter is registered under (the `{partnerId}` of its voice provider).
   */
  partnerId: string;
  /**
   * The conversation the participant belongs to; also the Kafka record key.
   */
  conversationId: string;
  participant: EventParticipant;
  author?: EventAuthor;
}
/**
 * The participant whose call changed. For `PARTICIPANTCALLINITIATED` / `PARTICIPANTCALLCOMPLETED` this is the agent
 * participant (seed); for hold, resume, mute and unmute it is the `participantId` of the adapter request.
 *
 */
export interface EventParticipant {
  /**
   * The participant's id, as in the adapter request's `participantId` / `author.participantId`.
   */
  participantId: string;
  /**
   * The agent's user name (`author.userName` in the adapter request) when the participant is an agent.
   */
  userName?: string;
  purpose?: ParticipantPurpose;
}
/**
 * Who asked for the change, copied from the adapter request's `author` (seed field names).
 */
export interface EventAuthor {
  /**
   * The acting agent's user name (`author.userName`).
   */
  userName: string;
  /**
   * The acting agent's participant id (`author.participantId`).
   */
  participantId: string;
}
/**
 * Published by the voice adapter once `end_call_url` succeeded (seed): the agent participant's call ended.
 * `removeAllParticipants` repeats the end-call request's flag so consumers know whether the whole conversation
 * ended or only the agent left.
 *
 */
export interface ParticipantCallCompletedEvent {
  /**
   * Unique id of this event (UUID), also the `eventId` record header. Consumers deduplicate on it.
   */
  eventId: string;
  eventType: "PARTICIPANTCALLCOMPLETED";
  /**
   * When the change happened on the adapter (RFC 3339 date-time, UTC recommended).
   */
  eventTime: string;
  /**
   * The CCaaS partner id the adapter is registered under (the `{partnerId}` of its voice provider).
   */
  partnerId: string;
  /**
   * The conversation the participant belongs to; also the Kafka record key.
   */
  conversationId: string;
  participant: EventParticipant;
  author?: EventAuthor;
  /**
   * The `removeAllParticipants` of the end-call request: true when every participant's call was ended, false
   * (or absent) when only this participant left. Only this event carries it.
   *
   */
  removeAllParticipants?: boolean;
}
/**
 * Published by the voice adapter once `hold_call_url` succeeded; `participant` is the participant put on hold.
 */
export interface ParticipantCallHeldEvent {
  /**
   * Unique id of this event (UUID), also the `eventId` record header. Consumers deduplicate on it.
   */
  eventId: string;
  eventType: "PARTICIPANTCALLHELD";
  /**
   * When the change happened on the adapter (RFC 3339 date-time, UTC recommended).
   */
  eventTime: string;
  /**
   * The CCaaS partner id the adapter is registered under (the `{partnerId}` of its voice provider).
   */
  partnerId: string;
  /**
   * The conversation the participant belongs to; also the Kafka record key.
   */
  conversationId: string;
  participant: EventParticipant;
  author?: EventAuthor;
}
/**
 * Published by the voice adapter once `resume_call_url` succeeded; `participant` is the participant taken off hold.
 */
export interface ParticipantCallResumedEvent {
  /**
   * Unique id of this event (UUID), also the `eventId` record header. Consumers deduplicate on it.
   */
  eventId: string;
  eventType: "PARTICIPANTCALLRESUMED";
  /**
   * When the change happened on the adapter (RFC 3339 date-time, UTC recommended).
   */
  eventTime: string;
  /**
   * The CCaaS partner id the adapter is registered under (the `{partnerId}` of its voice provider).
   */
  partnerId: string;
  /**
   * The conversation the participant belongs to; also the Kafka record key.
   */
  conversationId: string;
  participant: EventParticipant;
  author?: EventAuthor;
}
/**
 * Published by the voice adapter once `mute_call_url` succeeded; `participant` is the participant muted.
 */
export interface ParticipantCallMutedEvent {
  /**
   * Unique id of this event (UUID), also the `eventId` record header. Consumers deduplicate on it.
   */
  eventId: string;
  eventType: "PARTICIPANTCALLMUTED";
  /**
   * When the change happened on the adapter (RFC 3339 date-time, UTC recommended).
   */
  eventTime: string;
  /**
   * The CCaaS partner id the adapter is registered under (the `{partnerId}` of its voice provider).
   */
  partnerId: string;
  /**
   * The conversation the participant belongs to; also the Kafka record key.
   */
  conversationId: string;
  participant: EventParticipant;
  author?: EventAuthor;
}
/**
 * Published by the voice adapter once `unmute_call_url` succeeded; `participant` is the participant unmuted.
 */
export interface ParticipantCallUnmutedEvent {
  /**
   * Unique id of this event (UUID), also the `eventId` record header. Consumers deduplicate on it.
   */
  eventId: string;
  eventType: "PARTICIPANTCALLUNMUTED";
  /**
   * When the change happened on the adapter (RFC 3339 date-time, UTC recommended).
   */
  eventTime: string;
  /**
   * The CCaaS partner id the adapter is registered under (the `{partnerId}` of its voice provider).
   */
  partnerId: string;
  /**
   * The conversation the participant belongs to; also the Kafka record key.
   */
  conversationId: string;
  participant: EventParticipant;
  author?: EventAuthor;
}
/**
 * The envelope every participant event shares. Each concrete event below reuses these properties (by reference),
 * narrows `eventType` to one value and is closed (`additionalProperties: false`). Validate a known event against
 * its own schema; this open base is for consumers that must pass on event types they do not know yet.
 *
 */
export interface ParticipantEvent {
  /**
   * Unique id of this event (UUID), also the `eventId` record header. Consumers deduplicate on it.
   */
  eventId: string;
  eventType: ParticipantEventType;
  /**
   * When the change happened on the adapter (RFC 3339 date-time, UTC recommended).
   */
  eventTime: string;
  /**
   * The CCaaS partner id the adapter is registered under (the `{partnerId}` of its voice provider).
   */
  partnerId: string;
  /**
   * The conversation the participant belongs to; also the Kafka record key.
   */
  conversationId: string;
  participant: EventParticipant;
  author?: EventAuthor;
}
/**
 * Kafka record headers of a participant event (UTF-8 string values). The record key is the `conversationId`.
 */
export interface ParticipantEventHeaders {
  eventType: ParticipantEventType;
  /**
   * Same value as the body's `eventId`.
   */
  eventId: string;
}
/**
 * Client -> server. The first message on a new connection; carries the agent's JWT so it never appears in a URL
 * (URLs end up in proxy and server logs). The server answers `ready`, or `error` (`UNAUTHENTICATED`) and closes the
 * socket. Any other message before `ready` is an error.
 *
 */
export interface AuthenticateMessage {
  type: "authenticate";
  /**
   * The agent's JWT (the token the softphone already holds). Never logged.
   */
  token: string;
  /**
   * A stable id of this client instance (one per browser tab or device). An outbound call placed with the same
   * client id is proposed to this connection with `autoAnswer: true`; absent, the client never auto-answers.
   *
   */
  clientId?: string;
}
/**
 * Server -> client. The answer to a valid `authenticate`: who the agent is, their station (line appearance,
 * persistent connection) and their current conversations.
 *
 */
export interface ReadyMessage {
  type: "ready";
  agent: SignalingAgent;
  station: Station;
  /**
   * The agent's conversations that are not disconnected.
   */
  conversations: Conversation[];
}
/**
 * The authenticated agent, as the server knows it from the token.
 */
export interface SignalingAgent {
  /**
   * The agent's user id (matches `Station.userId`).
   */
  id: string;
  /**
   * The agent's logon name (the `author.userName` the softphone sends to a voice adapter).
   */
  userName: string;
}
/**
 * Server -> client. Step 2 of the seed flow (the SDK's `pendingSession`), sent to every connected client of the
 * agent: a session is offered before any media exists. The client answers `proceed` or `reject`; the server may
 * cancel it with `retract`. With line appearance 1 and an established persistent session, later conversations do
 * not get a `propose` (see the file description).
 *
 */
export interface ProposeMessage {
  type: "propose";
  sessionId: SessionId;
  conversationId: SignalingConversationId;
  direction: ConversationDirection;
  /**
   * The calling address (the customer's number inbound, the station's caller id outbound).
   */
  fromAddress: string;
  /**
   * The called address (the dialled number outbound).
   */
  toAddress: string;
  /**
   * True when this client should proceed without asking the agent: an outbound call placed with this
   * connection's `clientId` (the seed: "automatically accepted on the client that requested the outbound call").
   *
   */
  autoAnswer: boolean;
  /**
   * The `clientId` the outbound call was placed with, when known.
   */
  originatingClientId?: string;
  /**
   * Set when this session becomes the station's persistent connection (line appearance 1 or `webRtcPersistentEnabled`).
   */
  persistentConnectionId?: string;
}
/**
 * Client -> server. Step 3 of the seed flow: this client takes the proposed session. The server retracts the
 * proposal on the agent's other clients (`answeredElsewhere`) and sends `initiate` to this one.
 *
 * `conversationId` names the call to take. With line appearance 1 every later call rings on the one persistent
 * session, so two calls can ring under the same `sessionId` at once: the named one is answered, the others keep
 * ringing. Absent, the server takes the oldest call ringing on the session.
 *
 */
export interface ProceedMessage {
  type: "proceed";
  sessionId: SessionId;
  conversationId?: SignalingConversationId;
}
/**
 * Client -> server. Declines a proposed session (the agent rejects the call on this client). `conversationId` names
 * the call to decline when several ring on the same session (line appearance 1); the others keep ringing. Absent,
 * the server declines the oldest call ringing on the session.
 *
 */
export interface RejectMessage {
  type: "reject";
  sessionId: SessionId;
  conversationId?: SignalingConversationId;
}
/**
 * Server -> client. Cancels a pending (proposed, not yet initiated) session, so no client keeps a zombie
 * `pendingSession`. Sent to every client the session was proposed to, except the one that proceeded.
 *
 */
export interface RetractMessage {
  type: "retract";
  sessionId: SessionId;
  conversationId: SignalingConversationId;
  reason: RetractReason;
}
/**
 * Server -> client. Step 4 of the seed flow: the full session with the server's SDP offer, sent only to the client
 * that proceeded. The client answers `accept` (the SDK's `sessionStarted` follows). `reinvite: true` renegotiates
 * an existing session (same `sessionId`) instead of starting one.
 *
 */
export interface InitiateMessage {
  type: "initiate";
  sessionId: SessionId;
  conversationId: SignalingConversationId;
  sdp: SessionDescription;
  /**
   * True when this offer renegotiates an established session (for example the answer to `iceRestart`).
   */
  reinvite?: boolean;
}
/**
 * Client -> server. Step 5 of the seed flow, the answer to `initiate`; media flows after it.
 */
export interface AcceptMessage {
  type: "accept";
  sessionId: SessionId;
  sdp: SessionDescription;
}
/**
 * Both directions. One trickled ICE candidate of a session (RTCIceCandidateInit fields).
 */
export interface IceCandidateMessage {
  type: "iceCandidate";
  sessionId: SessionId;
  candidate: IceCandidate;
  /**
   * The media stream identification tag the candidate belongs to.
   */
  sdpMid?: string | null;
  /**
   * Index (from 0) of the m-line the candidate belongs to.
   */
  sdpMLineIndex?: number | null;
}
/**
 * Both directions. Ends a session (its media). Client -> server: the softphone tears the session down; server ->
 * client: the platform ended it. With line appearance 1 and a persistent connection, ending a conversation does
 * not terminate the session: only this message does. To end a call, use call control (voice adapter or public API).
 *
 */
export interface TerminateMessage {
  type: "terminate";
  sessionId: SessionId;
  /**
   * Free text for the logs and the `sessionEnded` event, for example `hangup`, `mediaFailed`, `persistentConnectionClosed`.
   */
  reason?: string;
}
/**
 * Client -> server. Sends DTMF digits on a session; with line appearance 1 `conversationId` says which conversation
 * (default: the active one).
 *
 */
export interface SendDigitsMessage {
  type: "sendDigits";
  sessionId: SessionId;
  conversationId?: SignalingConversationId;
  /**
   * DTMF digits, sent in order.
   */
  digits: string;
}
/**
 * Client -> server. Asks for a `snapshot` of the station and the agent's conversations, after a reconnect (events
 * sent while the socket was down are not replayed).
 *
 */
export interface SyncMessage {
  type: "sync";
}
/**
 * Client -> server. The session's peer connection failed (or stayed disconnected): the client asks the platform,
 * which is always the offerer, for an ICE restart. The server answers `initiate` with `reinvite: true` and a fresh
 * SDP offer carrying new ICE credentials on the same `sessionId`; the client answers it with `accept` as usual,
 * and the calls the session carries continue without being ended. Ignored (`SESSION_STATE` error) while the
 * session has no answer yet or a restart is already under way.
 *
 */
export interface IceRestartMessage {
  type: "iceRestart";
  sessionId: SessionId;
}
/**
 * Server -> client. The answer to `sync`; replaces whatever the client knew about the station and conversations.
 */
export interface SnapshotMessage {
  type: "snapshot";
  station: Station;
  /**
   * The agent's conversations that are not disconnected.
   */
  conversations: Conversation[];
}
/**
 * Server -> client. The current state of one of the agent's conversations, sent on every change (the seed's
 * pushed conversation notification). It is the source of truth behind the SDK's `conversationUpdate`: with line
 * appearance 1 several conversations share one session and the SDK synthesises session events from these.
 *
 */
export interface ConversationEventMessage {
  type: "conversationEvent";
  conversation: Conversation;
}
/**
 * Server -> client. The agent's station changed (for example its line appearance or persistent connection setting).
 */
export interface StationEventMessage {
  type: "stationEvent";
  station: Station;
}
/**
 * Server -> client. A client message was refused. Known codes: `UNAUTHENTICATED` (no, bad or expired token; the
 * socket closes), `INVALID_MESSAGE` (not JSON or not valid against this schema), `UNKNOWN_SESSION`,
 * `SESSION_STATE` (for example `accept` before `initiate`), `PROPOSAL_RETRACTED` (too late to proceed). The
 * message never contains the token or SDP.
 *
 */
export interface SignalingErrorMessage {
  type: "error";
  /**
   * Machine-readable error code (see the message description for the known ones).
   */
  code: string;
  /**
   * What was wrong and what to do, for a developer.
   */
  message: string;
  sessionId?: SessionId;
}
