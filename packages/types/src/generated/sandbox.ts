/**
 * GENERATED from specs/sandbox.yaml: openapi-typescript types.
 * Do not edit by hand: change the spec, then run `pnpm generate`.
 */
export interface paths {
    "/control/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the sandbox's URLs and demo credentials
         * @description Everything a client needs to talk to this sandbox: the partner API base URL with the partner id, client id, client secret and template version; the partner's toll-free numbers with their ids; the Voice API base URL with its login, password and campaign code; the agents with their logins and stations; the signaling, JWKS and participant-event URLs. Every credential here is a demo value.
         */
        get: operations["getSandboxInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/control/calls/inbound": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ring an agent as a customer
         * @description A customer calls one of the partner's toll-free numbers (`to`) from `from`: the sandbox routes the call to an online agent (one with a connected softphone), whose softphone then receives the conversation and a `propose`. 404 when `to` is not one of the partner's numbers, 409 when no agent is online.
         */
        post: operations["simulateInboundCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/control/calls/{conversationId}/media": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The conversation id.
                 * @example 5a974dd7-475a-41c0-a027-bfdf09627b13
                 */
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * Read a call's media statistics
         * @description What the sandbox's media endpoint measured for the call, from the customer's side: the test tone sent to the agent and what came back (packets, bytes, the last audio level). Read it twice to see whether audio is flowing; a held or muted leg shows no new audio. All zeros with `active: false` until a peer connection carries the call. 409 when media is not running (an in-process sandbox, for example the msw bridge, has no sockets and so no media).
         */
        get: operations["getCallMedia"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/control/calls/{conversationId}/hangup": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The conversation id.
                 * @example 5a974dd7-475a-41c0-a027-bfdf09627b13
                 */
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hang up the customer
         * @description The customer hangs up: their participant disconnects, which ends the call (the agent leaves too and the conversation closes). 409 when the customer has already left.
         */
        post: operations["hangUpCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/control/calls/{conversationId}/media/break": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The conversation id.
                 * @example 5a974dd7-475a-41c0-a027-bfdf09627b13
                 */
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Break the network path of a call's media
         * @description The network path under the peer connection that carries the call dies, as a NAT binding that expires or a laptop that changes networks would: from now on the media endpoint drops every packet to and from the ICE address the browser is using (STUN consent checks, DTLS, RTP), in both directions. Both sides stop hearing each other and ICE goes `disconnected`, then `failed`. Those addresses stay dead: only an ICE restart (new credentials and candidates, which the softphone asks for with `iceRestart`; Chromium gathers them on new ports) finds a path that works and brings the audio back on the same call. The conversation itself is untouched. 409 when no peer connection carries the call or media is not running.
         */
        post: operations["breakCallMedia"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/control/agents/{agentId}/station": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The agent's user id (`agents[].id` in `/control/info`).
                 * @example b2d5f8a1-6c3e-4f7a-9d2b-5e8c1a4f7b30
                 */
                agentId: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an agent's station
         * @description Sets the agent's Line Appearance (`webRtcCallAppearances`, 1 or 100) and/or persistent connection (`webRtcPersistentEnabled`) without the agent's token, like an administrator would. Connected softphones are told (a station event).
         */
        patch: operations["setAgentStation"];
        trace?: never;
    };
    "/control/agents/{agentId}/web-phone": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The agent's user id (`agents[].id` in `/control/info`).
                 * @example b2d5f8a1-6c3e-4f7a-9d2b-5e8c1a4f7b30
                 */
                agentId: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Mark an agent's Voice API web phone online or offline
         * @description The Voice API's `Call/Create` answers `NO_ENDPOINT_REGISTERED` unless the agent's web phone is online: a connected softphone, or this switch. `online: true` marks it online without a softphone; `online: false` clears the switch (a connected softphone still counts).
         */
        put: operations["setWebPhoneOnline"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/control/webhooks/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List conversation webhook delivery attempts
         * @description Every attempt the sandbox made to deliver a conversation webhook, oldest first: which channel and URL, the event, the attempt number, the receiver's status (or the network error) and whether it will be retried. Retries keep the event's `webhookId` (the `webhook-id` header).
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ingest/participant-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a participant event
         * @description What a voice adapter publishes to the Kafka `participant-events` topic, posted over HTTP in development: the sandbox validates it against the message schema and applies it to the conversation (`PARTICIPANTCALLINITIATED` connects the participant, `PARTICIPANTCALLCOMPLETED` disconnects it, or ends the call when `removeAllParticipants` is true; held, resumed, muted and unmuted toggle the participant). Delivery is at least once, as on Kafka: an `eventId` already applied is acknowledged again (`outcome: duplicate`) and not applied twice. 404 for an unknown conversation or participant, 409 when the participant has already left.
         */
        post: operations["ingestParticipantEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The body of every error response. `code` is a stable machine-readable string (branch on it, not on `message`). Known values: `validation_failed` (400), `unauthorized` (401), `forbidden` (403), `not_found` (404), `conflict` (409), `payload_too_large` (413), `unsupported_media_type` (415), `rate_limited` (429), `internal_error` (5xx). The set is open: treat unknown codes by their HTTP status. */
        ErrorBody: {
            /**
             * @description Machine-readable error code, snake_case; see the schema description for the known values.
             * @example validation_failed
             */
            code: string;
            /** @description What was wrong and what to do, for humans. Never contains credentials. */
            message: string;
            /** @description The request's id (the `x-request-id` response header). */
            request_id?: string;
            /** @description One entry per offending field, for `validation_failed` and some `conflict` errors. */
            details?: components["schemas"]["ErrorDetail"][];
        };
        /**
         * Conversation
         * @description A voice conversation and its participants: what the platform returns for `GET /api/v2/conversations/calls/{conversationId}`, what conversation webhooks carry, and what the softphone's `conversationUpdate` is built from. `id` is the seed's `conversationId`; `id` and `selfUri` are what placing a call returns.
         * @example {
         *       "id": "5a974dd7-475a-41c0-a027-bfdf09627b13",
         *       "direction": "inbound",
         *       "startTime": "2026-11-22T13:40:00Z",
         *       "fromAddress": "+15555550100",
         *       "toAddress": "+18883973342",
         *       "selfUri": "/api/v2/conversations/calls/5a974dd7-475a-41c0-a027-bfdf09627b13",
         *       "participants": [
         *         {
         *           "id": "6e312815-2d32-409b-9c57-f9e79e7baf49",
         *           "purpose": "customer",
         *           "state": "connected",
         *           "muted": false,
         *           "held": false,
         *           "address": "+15555550100"
         *         },
         *         {
         *           "id": "4a70a876-bf90-4360-92c3-0edd7463c691",
         *           "purpose": "agent",
         *           "state": "connected",
         *           "muted": false,
         *           "held": false,
         *           "userName": "testAgent"
         *         }
         *       ]
         *     }
         */
        Conversation: {
            /**
             * Format: uuid
             * @description The conversation id (the seed's `conversationId`).
             */
            id: string;
            direction: components["schemas"]["ConversationDirection"];
            /** @description Everyone who is or was in the conversation, disconnected participants included. */
            participants: components["schemas"]["Participant"][];
            /**
             * Format: date-time
             * @description When the conversation started.
             */
            startTime: string;
            /**
             * Format: date-time
             * @description When the last participant disconnected; absent while the conversation is active.
             */
            endTime?: string;
            /** @description The calling address (the customer's number for inbound calls, the caller id for outbound ones). */
            fromAddress?: string;
            /** @description The called address (the partner's toll-free number for inbound calls, the dialed number for outbound ones). */
            toAddress?: string;
            /**
             * Format: uri-reference
             * @description The conversation's URI in the public API (relative to the server), as returned with `id` when a call is placed.
             */
            selfUri: string;
        };
        /**
         * Station
         * @description The agent's station (a WebRTC softphone), which holds the seed's Line Appearance and persistent connection settings. Field names are Genesys Cloud's (`webRtcCallAppearances`, `webRtcPersistentEnabled`), which the seed's SDK reads.
         * @example {
         *       "id": "0f2b6c1e-8a43-4c1f-9d7e-2b1f5c3a9e10",
         *       "name": "testAgent's WebRTC phone",
         *       "userId": "9b1d2c3e-4f50-4a6b-8c7d-0e1f2a3b4c5d",
         *       "type": "inin_webrtc_softphone",
         *       "status": "ASSOCIATED",
         *       "webRtcCallAppearances": 1,
         *       "webRtcPersistentEnabled": true
         *     }
         */
        Station: {
            /**
             * Format: uuid
             * @description The station id.
             */
            id: string;
            /** @description The station's display name. */
            name: string;
            /** @description The id of the agent the station is associated with. */
            userId: string;
            /** @description The station type; `inin_webrtc_softphone` for a WebRTC softphone (open set). */
            type?: string;
            /**
             * @description `ASSOCIATED` while a user is associated with the station, `AVAILABLE` otherwise.
             * @enum {string}
             */
            status?: "AVAILABLE" | "ASSOCIATED";
            webRtcCallAppearances: components["schemas"]["LineAppearance"];
            /** @description Persistent connection: keep the WebRTC session alive after a call ends so the next call connects without a new session. */
            webRtcPersistentEnabled: boolean;
        };
        /** @description Any non-empty subset of the station's Line Appearance and persistent connection settings. */
        UpdateStationRequest: {
            webRtcCallAppearances?: components["schemas"]["LineAppearance"];
            /** @description Keep the WebRTC session alive between calls (persistent connection). */
            webRtcPersistentEnabled?: boolean;
        };
        /** @description A partner's toll-free number (TFN) and the voice provider that handles its calls. */
        PhoneNumber: {
            /**
             * Format: uuid
             * @description The phone number's id (the seed's `{{Phone-Number-ID}}`).
             */
            id: string;
            /** @description The number in E.164 form. */
            phone_number: string;
            /**
             * @description The kind of number; the seed associates toll-free numbers only.
             * @enum {string}
             */
            type: "toll_free";
            /** @description The associated voice provider's resource path, or null when the number is not associated yet. */
            voice_provider_id_resource_uri: components["schemas"]["VoiceProviderResourceUri"] | null;
        };
        /**
         * @description A conversation event type, as in the webhook body's `type` and a channel's `events`. The seed names the events (a participant joined or left, sent a message, closed the conversation); the dotted names are ours.
         * @enum {string}
         */
        WebhookEventType: "conversation.participant.joined" | "conversation.participant.left" | "conversation.message.sent" | "conversation.closed";
        /** @description The sandbox's URLs and demo credentials. Every value is a demo value, safe to print. */
        SandboxInfo: {
            /**
             * Format: uri
             * @description The sandbox's base URL; every HTTP API lives under it.
             */
            baseUrl: string;
            partnerApi: components["schemas"]["SandboxPartnerApiInfo"];
            /** @description The partner's pre-seeded toll-free numbers, with their ids and associations. */
            phoneNumbers: components["schemas"]["PhoneNumber"][];
            voiceApi: components["schemas"]["SandboxVoiceApiInfo"];
            /** @description The pre-seeded agents. */
            agents: components["schemas"]["SandboxAgent"][];
            /**
             * Format: uri
             * @description The softphone signaling WebSocket URL (`specs/messages/softphone-signaling.yaml`).
             */
            signalingUrl: string;
            /**
             * Format: uri
             * @description The JWKS that verifies agent tokens.
             */
            jwksUrl: string;
            /**
             * Format: uri
             * @description The base URL of this control API.
             */
            controlUrl: string;
            /**
             * Format: uri
             * @description Where to POST participant events (the Kafka topic's stand-in).
             */
            participantEventsUrl: string;
        };
        /** @description Where the partner API lives and the partner's demo credentials (Basic `clientId:clientSecret`). */
        SandboxPartnerApiInfo: {
            /**
             * Format: uri
             * @description The partner API base URL (the seed's `{{BASE_URL}}`).
             */
            baseUrl: string;
            /**
             * Format: uuid
             * @description The partner id (the seed's `{{CCaaS-Partner-ID}}`).
             */
            partnerId: string;
            /** @description The Basic auth client id (the seed's `{{Client-ID}}`). */
            clientId: string;
            /** @description The Basic auth secret (the seed's `{{Secret}}`); a demo value. */
            clientSecret: string;
            /** @description The value the `x-resource-template-version` header must carry. */
            templateVersion: string;
        };
        /** @description Where the Voice API lives and its demo login. */
        SandboxVoiceApiInfo: {
            /**
             * Format: uri
             * @description The Voice API base URL (`<base>/Voice`).
             */
            baseUrl: string;
            /** @description The Voice API login. */
            login: string;
            /** @description The Voice API password; a demo value. */
            password: string;
            /** @description The campaign code to send as `codCampaign`. */
            codCampaign: string;
            /** @description A campaign code that makes `Call/Status` answer in the form of the seed's example (`voice_status`, `voice_code_result`, `voice_text_result`) instead of the documented `status`, `isdn_code`, `isdn_reason`, so clients can test both. */
            legacyCodCampaign: string;
        };
        /** @description A pre-seeded agent, with its demo password and station. */
        SandboxAgent: {
            /** @description The agent's user id. */
            id: string;
            /** @description The agent's logon name (for loginAgent). */
            userName: string;
            /** @description The agent's password (for loginAgent); a demo value. */
            password: string;
            /** @description The agent's display name. */
            name: string;
            station: components["schemas"]["Station"];
            /** @description Signaling connections currently open for the agent; inbound calls ring agents with at least one. */
            softphoneConnections: number;
            /** @description Whether the Voice API counts the agent's web phone online (a connected softphone or setWebPhoneOnline). */
            webPhoneOnline: boolean;
        };
        /** @description A customer's call to one of the partner's numbers. */
        SimulateInboundCallRequest: {
            /** @description The number dialled; one of the partner's toll-free numbers (E.164). */
            to: string;
            /** @description The customer's number (the caller id), e.g. `+15555550100`. */
            from: string;
        };
        /** @description What the sandbox's media endpoint measured for one call, from the customer's side: the test tone it sends to the agent and what it hears back. */
        MediaStats: {
            /**
             * Format: uuid
             * @description The conversation id.
             */
            conversationId: string;
            /** @description True while a peer connection carries this call. */
            active: boolean;
            /** @description The signaling session (peer connection) carrying the call; with Line Appearance 1 several calls share one. */
            sessionId?: string;
            /** @description Customer -> agent: the audible test signal (a 440 Hz tone, G.711 µ-law). Only sent while the call is connected on both sides and neither side is held nor the customer muted, so the counters stop on hold. */
            toAgent: {
                /** @description RTP packets sent. */
                packets: number;
                /** @description Payload bytes sent. */
                bytes: number;
            };
            /** @description Agent -> customer: what came back while the customer could hear the agent (not held, agent not muted); packets on a held or muted leg are dropped. */
            fromAgent: {
                /** @description RTP packets received. */
                packets: number;
                /** @description Payload bytes received. */
                bytes: number;
                /** @description RMS level (0..1) of the last second of received audio; 0 when nothing arrived for half a second. */
                audioLevel: number;
                /** @description Packets whose own RMS is above 0.01 (about -40 dBFS): a sender that keeps sending silence (a disabled browser track) shows packets without audible packets. */
                audiblePackets: number;
            };
            /** @description DTMF digits the softphone sent for this call, in order. */
            digits: string;
        };
        /** @description Marks the agent's Voice API web phone online or clears the mark. */
        SetWebPhoneRequest: {
            /** @description True marks the web phone online; false clears the mark. */
            online: boolean;
        };
        /** @description Whether the Voice API counts the agent's web phone online, and why. */
        WebPhoneState: {
            /** @description The agent's user id. */
            agentId: string;
            /** @description What `Call/Create` sees (marked online, or a softphone connected). */
            online: boolean;
            /** @description The switch setWebPhoneOnline sets. */
            markedOnline: boolean;
            /** @description Signaling connections currently open for the agent. */
            softphoneConnections: number;
        };
        /** @description Conversation webhook delivery attempts, oldest first. */
        WebhookDeliveryList: {
            /** @description The attempts. */
            items: components["schemas"]["WebhookDelivery"][];
        };
        /** @description One attempt to deliver one conversation webhook to one channel. */
        WebhookDelivery: {
            /**
             * Format: uuid
             * @description The attempt's id.
             */
            id: string;
            /**
             * Format: uuid
             * @description The event's id, sent as `webhook-id` (the same on every attempt).
             */
            webhookId: string;
            /**
             * Format: uuid
             * @description The channel delivered to.
             */
            channelId: string;
            eventType: components["schemas"]["WebhookEventType"];
            /**
             * Format: uri
             * @description The channel's `webhook_url`.
             */
            url: string;
            /** @description 1 for the first attempt, 2 for the first retry, ... */
            attempt: number;
            /**
             * Format: date-time
             * @description When the attempt was sent.
             */
            attemptedAt: string;
            /**
             * @description `delivered`: the receiver answered 2xx. `failed`: any other answer, a timeout or a network error.
             * @enum {string}
             */
            outcome: "delivered" | "failed";
            /** @description The receiver's HTTP status, or null when there was no answer. */
            responseStatus: number | null;
            /** @description Why an attempt without an answer failed (timeout, connection refused, ...). */
            error?: string;
            /** @description How long the attempt took, in milliseconds. */
            durationMs: number;
            /** @description Whether another attempt follows this failed one (false once the attempts are used up). */
            willRetry: boolean;
        };
        /** @description A participant event as a voice adapter publishes it (`messages/participant-events.yaml`). */
        ParticipantEventMessage: components["schemas"]["ParticipantCallInitiatedEvent"] | components["schemas"]["ParticipantCallCompletedEvent"] | components["schemas"]["ParticipantCallHeldEvent"] | components["schemas"]["ParticipantCallResumedEvent"] | components["schemas"]["ParticipantCallMutedEvent"] | components["schemas"]["ParticipantCallUnmutedEvent"];
        /** @description The acknowledgement of a participant event. */
        IngestAccepted: {
            /**
             * Format: uuid
             * @description The event's `eventId`.
             */
            eventId: string;
            /**
             * @description `applied` the first time an `eventId` arrives, `duplicate` after that (not applied again).
             * @enum {string}
             */
            outcome: "applied" | "duplicate";
        };
        /** @description A voice provider's resource path, `/partners/{partnerId}/voiceproviders/{voiceProviderId}` (the seed's `/partners/{{CCaaS-Partner-ID}}/voiceproviders/{{Voice-Provider-ID}}`), relative to the server. */
        VoiceProviderResourceUri: string;
        /**
         * LineAppearance
         * @description Line Appearance: how many concurrent active WebRTC sessions the user's station allows. `1`: every conversation is multiplexed on one session; answering or placing another call holds the active one, and session events are synthesised from conversation events. `100`: one WebRTC session per call (the current default). The seed says the value is "usually" 1 or 100; these are the only values the platform sends.
         * @enum {integer}
         */
        LineAppearance: 1 | 100;
        /** @description One problem with one field of the request. */
        ErrorDetail: {
            /** @description JSON Pointer (RFC 6901) to the offending field in the request body, e.g. `/accept_call_url`. */
            field: string;
            /** @description What is wrong with the field. */
            message: string;
        };
        /**
         * ConversationDirection
         * @description Who started the conversation: `inbound` (a customer dialed in, e.g. to the partner's toll-free number) or `outbound` (an agent placed the call with `startSoftphoneSession` / `POST /api/v2/conversations/calls`). The seed speaks of inbound and outbound softphone sessions.
         * @enum {string}
         */
        ConversationDirection: "inbound" | "outbound";
        /**
         * ParticipantPurpose
         * @description Why a participant is in the conversation: `customer` is the external party, `agent` a user of the softphone.
         * @enum {string}
         */
        ParticipantPurpose: "customer" | "agent";
        /**
         * ParticipantState
         * @description The participant's call state. `alerting`: ringing, not answered yet. `connected`: talking. `held`: on hold (takes precedence over muted). `muted`: connected with the microphone muted. `disconnected`: gone (hung up, removed or ended); terminal. The `held` and `muted` booleans on Participant carry both toggles independently of this summary.
         * @enum {string}
         */
        ParticipantState: "alerting" | "connected" | "held" | "muted" | "disconnected";
        /**
         * Participant
         * @description One party of a conversation: the customer or an agent. Its `id` is the `participantId` that the voice adapter requests carry (`participantId`, `author.participantId`).
         */
        Participant: {
            /**
             * Format: uuid
             * @description The participant id (the seed's `participantId`).
             */
            id: string;
            purpose: components["schemas"]["ParticipantPurpose"];
            state: components["schemas"]["ParticipantState"];
            /** @description Whether the participant's audio is muted. */
            muted: boolean;
            /** @description Whether the participant is on hold. */
            held: boolean;
            /** @description Display name (as in the seed's ISdkSoftphoneDestination `name`). */
            name?: string;
            /** @description The participant's address: a phone number for a customer (as dialed, e.g. `15555555555` or E.164), the agent's logon name for an agent (as in the seed's ISdkSoftphoneDestination `address`). */
            address?: string;
            /** @description The agent's user id; present for agent participants (the seed's ISdkSoftphoneDestination `userId`). */
            userId?: string;
            /** @description The agent's logon name (the seed's `author.userName` / `agentLogonName`); present for agent participants. */
            userName?: string;
            /**
             * Format: date-time
             * @description When the participant connected (answered); absent while alerting.
             */
            connectedTime?: string;
            /**
             * Format: date-time
             * @description When the participant disconnected; present once `state` is `disconnected`.
             */
            endTime?: string;
        };
        /**
         * Format: uuid
         * @description Unique id of this event (UUID), also the `eventId` record header. Consumers deduplicate on it.
         */
        eventId: string;
        /**
         * Format: date-time
         * @description When the change happened on the adapter (RFC 3339 date-time, UTC recommended).
         */
        eventTime: string;
        /**
         * Format: uuid
         * @description The CCaaS partner id the adapter is registered under (the `{partnerId}` of its voice provider).
         */
        partnerId: string;
        /**
         * Format: uuid
         * @description The conversation the participant belongs to; also the Kafka record key.
         */
        conversationId: string;
        /**
         * EventParticipant
         * @description The participant whose call changed. For `PARTICIPANTCALLINITIATED` / `PARTICIPANTCALLCOMPLETED` this is the agent
         *     participant (seed); for hold, resume, mute and unmute it is the `participantId` of the adapter request.
         */
        EventParticipant: {
            /**
             * Format: uuid
             * @description The participant's id, as in the adapter request's `participantId` / `author.participantId`.
             */
            participantId: string;
            /** @description The agent's user name (`author.userName` in the adapter request) when the participant is an agent. */
            userName?: string;
            purpose?: components["schemas"]["ParticipantPurpose"];
        };
        /**
         * EventAuthor
         * @description Who asked for the change, copied from the adapter request's `author` (seed field names).
         */
        EventAuthor: {
            /** @description The acting agent's user name (`author.userName`). */
            userName: string;
            /**
             * Format: uuid
             * @description The acting agent's participant id (`author.participantId`).
             */
            participantId: string;
        };
        /**
         * ParticipantCallInitiatedEvent
         * @description Published by the voice adapter once the agent accepted an inbound call through `accept_call_url` (seed):
         *     the agent participant is now connected.
         * @example {
         *       "eventId": "0b7c6d0e-3c1a-4a51-9d0e-8f6f2f1c2a01",
         *       "eventType": "PARTICIPANTCALLINITIATED",
         *       "eventTime": "2025-01-15T10:00:05Z",
         *       "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
         *       "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
         *       "participant": {
         *         "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691",
         *         "userName": "testAgent",
         *         "purpose": "agent"
         *       },
         *       "author": {
         *         "userName": "testAgent",
         *         "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691"
         *       }
         *     }
         */
        ParticipantCallInitiatedEvent: {
            eventId: components["schemas"]["eventId"];
            /** @constant */
            eventType: "PARTICIPANTCALLINITIATED";
            eventTime: components["schemas"]["eventTime"];
            partnerId: components["schemas"]["partnerId"];
            conversationId: components["schemas"]["conversationId"];
            participant: components["schemas"]["EventParticipant"];
            author?: components["schemas"]["EventAuthor"];
        };
        /**
         * ParticipantCallCompletedEvent
         * @description Published by the voice adapter once `end_call_url` succeeded (seed): the agent participant's call ended.
         *     `removeAllParticipants` repeats the end-call request's flag so consumers know whether the whole conversation
         *     ended or only the agent left.
         * @example {
         *       "eventId": "6f1d2c3b-8a9e-4f70-b1c2-d3e4f5a6b7c8",
         *       "eventType": "PARTICIPANTCALLCOMPLETED",
         *       "eventTime": "2025-01-15T10:04:41Z",
         *       "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
         *       "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
         *       "participant": {
         *         "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691",
         *         "userName": "testAgent",
         *         "purpose": "agent"
         *       },
         *       "author": {
         *         "userName": "testAgent",
         *         "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691"
         *       },
         *       "removeAllParticipants": false
         *     }
         */
        ParticipantCallCompletedEvent: {
            eventId: components["schemas"]["eventId"];
            /** @constant */
            eventType: "PARTICIPANTCALLCOMPLETED";
            eventTime: components["schemas"]["eventTime"];
            partnerId: components["schemas"]["partnerId"];
            conversationId: components["schemas"]["conversationId"];
            participant: components["schemas"]["EventParticipant"];
            author?: components["schemas"]["EventAuthor"];
            /**
             * @description The `removeAllParticipants` of the end-call request: true when every participant's call was ended, false
             *     (or absent) when only this participant left. Only this event carries it.
             * @default false
             */
            removeAllParticipants: boolean;
        };
        /**
         * ParticipantCallHeldEvent
         * @description Published by the voice adapter once `hold_call_url` succeeded; `participant` is the participant put on hold.
         * @example {
         *       "eventId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
         *       "eventType": "PARTICIPANTCALLHELD",
         *       "eventTime": "2025-01-15T10:02:00Z",
         *       "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
         *       "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
         *       "participant": {
         *         "participantId": "6e312815-2d32-409b-9c57-f9e79e7baf49",
         *         "purpose": "customer"
         *       },
         *       "author": {
         *         "userName": "testAgent",
         *         "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691"
         *       }
         *     }
         */
        ParticipantCallHeldEvent: {
            eventId: components["schemas"]["eventId"];
            /** @constant */
            eventType: "PARTICIPANTCALLHELD";
            eventTime: components["schemas"]["eventTime"];
            partnerId: components["schemas"]["partnerId"];
            conversationId: components["schemas"]["conversationId"];
            participant: components["schemas"]["EventParticipant"];
            author?: components["schemas"]["EventAuthor"];
        };
        /**
         * ParticipantCallResumedEvent
         * @description Published by the voice adapter once `resume_call_url` succeeded; `participant` is the participant taken off hold.
         * @example {
         *       "eventId": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
         *       "eventType": "PARTICIPANTCALLRESUMED",
         *       "eventTime": "2025-01-15T10:03:00Z",
         *       "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
         *       "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
         *       "participant": {
         *         "participantId": "6e312815-2d32-409b-9c57-f9e79e7baf49",
         *         "purpose": "customer"
         *       },
         *       "author": {
         *         "userName": "testAgent",
         *         "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691"
         *       }
         *     }
         */
        ParticipantCallResumedEvent: {
            eventId: components["schemas"]["eventId"];
            /** @constant */
            eventType: "PARTICIPANTCALLRESUMED";
            eventTime: components["schemas"]["eventTime"];
            partnerId: components["schemas"]["partnerId"];
            conversationId: components["schemas"]["conversationId"];
            participant: components["schemas"]["EventParticipant"];
            author?: components["schemas"]["EventAuthor"];
        };
        /**
         * ParticipantCallMutedEvent
         * @description Published by the voice adapter once `mute_call_url` succeeded; `participant` is the participant muted.
         * @example {
         *       "eventId": "3c4d5e6f-7a8b-4c9d-8e0f-2a3b4c5d6e7f",
         *       "eventType": "PARTICIPANTCALLMUTED",
         *       "eventTime": "2025-01-15T10:03:30Z",
         *       "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
         *       "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
         *       "participant": {
         *         "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691",
         *         "userName": "testAgent",
         *         "purpose": "agent"
         *       },
         *       "author": {
         *         "userName": "testAgent",
         *         "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691"
         *       }
         *     }
         */
        ParticipantCallMutedEvent: {
            eventId: components["schemas"]["eventId"];
            /** @constant */
            eventType: "PARTICIPANTCALLMUTED";
            eventTime: components["schemas"]["eventTime"];
            partnerId: components["schemas"]["partnerId"];
            conversationId: components["schemas"]["conversationId"];
            participant: components["schemas"]["EventParticipant"];
            author?: components["schemas"]["EventAuthor"];
        };
        /**
         * ParticipantCallUnmutedEvent
         * @description Published by the voice adapter once `unmute_call_url` succeeded; `participant` is the participant unmuted.
         * @example {
         *       "eventId": "4d5e6f7a-8b9c-4d0e-9f1a-3b4c5d6e7f80",
         *       "eventType": "PARTICIPANTCALLUNMUTED",
         *       "eventTime": "2025-01-15T10:03:45Z",
         *       "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
         *       "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
         *       "participant": {
         *         "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691",
         *         "userName": "testAgent",
         *         "purpose": "agent"
         *       },
         *       "author": {
         *         "userName": "testAgent",
         *         "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691"
         *       }
         *     }
         */
        ParticipantCallUnmutedEvent: {
            eventId: components["schemas"]["eventId"];
            /** @constant */
            eventType: "PARTICIPANTCALLUNMUTED";
            eventTime: components["schemas"]["eventTime"];
            partnerId: components["schemas"]["partnerId"];
            conversationId: components["schemas"]["conversationId"];
            participant: components["schemas"]["EventParticipant"];
            author?: components["schemas"]["EventAuthor"];
        };
    };
    responses: {
        /** @description The request breaks this spec (malformed JSON, a missing, unknown or ill-formed field); the message names it. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description No such conversation, agent or phone number. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The request conflicts with the sandbox's state (no agent online, media not running, a participant already gone). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The request was not understood (for example a body on a request that takes none). */
        ClientError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: {
        /**
         * @description The conversation id.
         * @example 5a974dd7-475a-41c0-a027-bfdf09627b13
         */
        ConversationId: string;
        /**
         * @description The agent's user id (`agents[].id` in `/control/info`).
         * @example b2d5f8a1-6c3e-4f7a-9d2b-5e8c1a4f7b30
         */
        AgentId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getSandboxInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sandbox's URLs and demo credentials. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxInfo"];
                };
            };
            "4XX": components["responses"]["ClientError"];
        };
    };
    simulateInboundCall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SimulateInboundCallRequest"];
            };
        };
        responses: {
            /** @description The call was routed; the body is the new conversation (customer connected, agent alerting). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    getCallMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The conversation id.
                 * @example 5a974dd7-475a-41c0-a027-bfdf09627b13
                 */
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The call's media statistics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaStats"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    hangUpCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The conversation id.
                 * @example 5a974dd7-475a-41c0-a027-bfdf09627b13
                 */
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer hung up. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    breakCallMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The conversation id.
                 * @example 5a974dd7-475a-41c0-a027-bfdf09627b13
                 */
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The path is broken; the call's media stops until an ICE restart. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    setAgentStation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The agent's user id (`agents[].id` in `/control/info`).
                 * @example b2d5f8a1-6c3e-4f7a-9d2b-5e8c1a4f7b30
                 */
                agentId: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStationRequest"];
            };
        };
        responses: {
            /** @description The updated station. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Station"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    setWebPhoneOnline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The agent's user id (`agents[].id` in `/control/info`).
                 * @example b2d5f8a1-6c3e-4f7a-9d2b-5e8c1a4f7b30
                 */
                agentId: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetWebPhoneRequest"];
            };
        };
        responses: {
            /** @description The web phone's state after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebPhoneState"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /**
                 * @description Only the attempts for this channel.
                 * @example c3b1d2e4-5f60-4a7b-8c9d-0e1f2a3b4c5d
                 */
                channelId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery attempts, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    ingestParticipantEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantEventMessage"];
            };
        };
        responses: {
            /** @description Accepted and applied (or already applied earlier). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
}
