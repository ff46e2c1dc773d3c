/**
 * GENERATED from specs/partner-api.yaml: openapi-typescript types.
 * Do not edit by hand: change the spec, then run `pnpm generate`.
 */
export interface paths {
    "/partners/{partnerId}/voiceproviders": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The resource template version the request is written against (the seed's `{{template-version}}`); required on every call.
                 * @example 1
                 */
                "x-resource-template-version": components["parameters"]["ResourceTemplateVersion"];
            };
            path: {
                /**
                 * @description The partner's id (the seed's `{{CCaaS-Partner-ID}}`).
                 * @example 215fd887-39be-4935-981f-2670d6afeaa7
                 */
                partnerId: components["parameters"]["PartnerId"];
            };
            cookie?: never;
        };
        /**
         * List voice providers
         * @description Lists the partner's voice providers.
         */
        get: operations["listVoiceProviders"];
        put?: never;
        /**
         * Create a voice provider
         * @description Registers a voice provider with the URLs of your voice adapter under your partner id (seed step 1). The softphone calls these URLs to accept, end, hold, resume, mute and unmute calls and to get a token for the voice provider client. `name` is unique per partner (409 otherwise).
         */
        post: operations["createVoiceProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners/{partnerId}/voiceproviders/{voiceProviderId}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The resource template version the request is written against (the seed's `{{template-version}}`); required on every call.
                 * @example 1
                 */
                "x-resource-template-version": components["parameters"]["ResourceTemplateVersion"];
            };
            path: {
                /**
                 * @description The partner's id (the seed's `{{CCaaS-Partner-ID}}`).
                 * @example 215fd887-39be-4935-981f-2670d6afeaa7
                 */
                partnerId: components["parameters"]["PartnerId"];
                /**
                 * @description The voice provider's id (the seed's `{{Voice-Provider-ID}}`), as returned by createVoiceProvider.
                 * @example 394e3814-7562-4f25-a854-2b74e91ad15a
                 */
                voiceProviderId: components["parameters"]["VoiceProviderId"];
            };
            cookie?: never;
        };
        /**
         * Get a voice provider
         * @description Returns one voice provider with its adapter URLs.
         */
        get: operations["getVoiceProvider"];
        put?: never;
        post?: never;
        /**
         * Delete a voice provider
         * @description Deletes the voice provider. A voice provider still associated with a phone number cannot be deleted (409): associate the number with another voice provider first.
         */
        delete: operations["deleteVoiceProvider"];
        options?: never;
        head?: never;
        /**
         * Update a voice provider
         * @description Changes any subset of the voice provider's fields (for example, after moving the adapter). Fields left out keep their value. Renaming to a name another voice provider of the partner uses is a 409.
         */
        patch: operations["updateVoiceProvider"];
        trace?: never;
    };
    "/partners/{partnerId}/phonenumbers": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The resource template version the request is written against (the seed's `{{template-version}}`); required on every call.
                 * @example 1
                 */
                "x-resource-template-version": components["parameters"]["ResourceTemplateVersion"];
            };
            path: {
                /**
                 * @description The partner's id (the seed's `{{CCaaS-Partner-ID}}`).
                 * @example 215fd887-39be-4935-981f-2670d6afeaa7
                 */
                partnerId: components["parameters"]["PartnerId"];
            };
            cookie?: never;
        };
        /**
         * List phone numbers
         * @description Lists the partner's toll-free numbers and the voice provider each one is associated with.
         */
        get: operations["listPhoneNumbers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners/{partnerId}/phonenumbers/{phoneNumberId}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The resource template version the request is written against (the seed's `{{template-version}}`); required on every call.
                 * @example 1
                 */
                "x-resource-template-version": components["parameters"]["ResourceTemplateVersion"];
            };
            path: {
                /**
                 * @description The partner's id (the seed's `{{CCaaS-Partner-ID}}`).
                 * @example 215fd887-39be-4935-981f-2670d6afeaa7
                 */
                partnerId: components["parameters"]["PartnerId"];
                /**
                 * @description The phone number's id (the seed's `{{Phone-Number-ID}}`).
                 * @example 7c0f9a52-3d1e-4b8a-9f6e-2a5d8c4b1e07
                 */
                phoneNumberId: components["parameters"]["PhoneNumberId"];
            };
            cookie?: never;
        };
        /**
         * Get a phone number
         * @description Returns one of the partner's toll-free numbers and its voice provider association.
         */
        get: operations["getPhoneNumber"];
        put?: never;
        /**
         * Associate a voice provider with a phone number
         * @description Associates an existing toll-free number (TFN) with a voice provider (seed step 2), so the platform knows which voice adapter handles the calls the number receives. Posting again replaces the association. The voice provider must belong to the same partner (a voice provider that does not exist is a 404 naming the field).
         */
        post: operations["associatePhoneNumber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners/{partnerId}/channels": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The resource template version the request is written against (the seed's `{{template-version}}`); required on every call.
                 * @example 1
                 */
                "x-resource-template-version": components["parameters"]["ResourceTemplateVersion"];
            };
            path: {
                /**
                 * @description The partner's id (the seed's `{{CCaaS-Partner-ID}}`).
                 * @example 215fd887-39be-4935-981f-2670d6afeaa7
                 */
                partnerId: components["parameters"]["PartnerId"];
            };
            cookie?: never;
        };
        /**
         * List channels
         * @description Lists the partner's channels (without their secrets).
         */
        get: operations["listChannels"];
        put?: never;
        /**
         * Create a channel
         * @description Creates a channel (seed step 3): an application client that receives conversation events on `webhook_url`. The response carries `webhook_secret`, the Standard Webhooks signing secret, exactly once: store it, it is never returned again. `events` limits the subscription; left out, the channel receives every conversation event.
         */
        post: operations["createChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners/{partnerId}/channels/{channelId}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The resource template version the request is written against (the seed's `{{template-version}}`); required on every call.
                 * @example 1
                 */
                "x-resource-template-version": components["parameters"]["ResourceTemplateVersion"];
            };
            path: {
                /**
                 * @description The partner's id (the seed's `{{CCaaS-Partner-ID}}`).
                 * @example 215fd887-39be-4935-981f-2670d6afeaa7
                 */
                partnerId: components["parameters"]["PartnerId"];
                /**
                 * @description The channel's id.
                 * @example c3b1d2e4-5f60-4a7b-8c9d-0e1f2a3b4c5d
                 */
                channelId: components["parameters"]["ChannelId"];
            };
            cookie?: never;
        };
        /**
         * Get a channel
         * @description Returns one channel (without its secret).
         */
        get: operations["getChannel"];
        put?: never;
        post?: never;
        /**
         * Delete a channel
         * @description Deletes the channel; the platform stops delivering its webhooks (deliveries already retrying are dropped).
         */
        delete: operations["deleteChannel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/calls": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The resource template version the request is written against (the seed's `{{template-version}}`); required on every call.
                 * @example 1
                 */
                "x-resource-template-version": components["parameters"]["ResourceTemplateVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List the agent's active calls
         * @description Lists the calling agent's active conversations (those with a participant for the agent that is not disconnected). The softphone uses it to re-synchronise after a reconnect, when conversation events may have been missed.
         */
        get: operations["listConversationCalls"];
        put?: never;
        /**
         * Place a call
         * @description Places an outbound call from the agent's softphone (the seed's "make new call", what `startSoftphoneSession(params)` sends). The body is the seed's `IStartSoftphoneSessionParams`; at least one target is required (`phoneNumber`, `callUserId`, `callQueueId`, `participants` or `conversationIds`). The response carries the new conversation's `id` and `selfUri`; the matching `pendingSession` reaches the softphone asynchronously, before or after this response, and is correlated by conversation id. The seed writes the path once as `api/v2/conversation/calls` and once as `conversations/calls`; this is the latter.
         */
        post: operations["placeCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/calls/{conversationId}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The resource template version the request is written against (the seed's `{{template-version}}`); required on every call.
                 * @example 1
                 */
                "x-resource-template-version": components["parameters"]["ResourceTemplateVersion"];
            };
            path: {
                /**
                 * @description The conversation id (the seed's `conversationId`).
                 * @example 5a974dd7-475a-41c0-a027-bfdf09627b13
                 */
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * Get a call
         * @description Returns a conversation with all its participants (the seed's "optional API usage outside of the SDK to get complete conversation details"). The agent must be or have been a participant.
         */
        get: operations["getConversationCall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations/calls/{conversationId}/participants/{participantId}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The resource template version the request is written against (the seed's `{{template-version}}`); required on every call.
                 * @example 1
                 */
                "x-resource-template-version": components["parameters"]["ResourceTemplateVersion"];
            };
            path: {
                /**
                 * @description The conversation id (the seed's `conversationId`).
                 * @example 5a974dd7-475a-41c0-a027-bfdf09627b13
                 */
                conversationId: components["parameters"]["ConversationId"];
                /**
                 * @description The participant id (the seed's `participantId`).
                 * @example 6e312815-2d32-409b-9c57-f9e79e7baf49
                 */
                participantId: components["parameters"]["ParticipantId"];
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
         * Hold, mute or disconnect a participant
         * @description Platform-side call control: hold or resume (`held`), mute or unmute (`muted`), or hang up (`state: disconnected`) a participant. With a partner voice provider (BYO voice), the softphone calls the voice adapter's URLs instead; `@ccaas/softphone` hides the difference behind one call-control interface. Changing a participant that is already disconnected is a 409.
         */
        patch: operations["updateConversationParticipant"];
        trace?: never;
    };
    "/api/v2/users/me/station": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The resource template version the request is written against (the seed's `{{template-version}}`); required on every call.
                 * @example 1
                 */
                "x-resource-template-version": components["parameters"]["ResourceTemplateVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Get the agent's station
         * @description Returns the calling agent's associated station, with its Line Appearance (`webRtcCallAppearances`) and persistent connection (`webRtcPersistentEnabled`) settings, which decide how the softphone maps calls to WebRTC sessions. 404 when the agent has no station associated.
         */
        get: operations["getMyStation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/stations/{stationId}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The resource template version the request is written against (the seed's `{{template-version}}`); required on every call.
                 * @example 1
                 */
                "x-resource-template-version": components["parameters"]["ResourceTemplateVersion"];
            };
            path: {
                /**
                 * @description The station id.
                 * @example 9d1f3c5e-7a2b-4c8d-b6e4-0f2a8c1d5e73
                 */
                stationId: components["parameters"]["StationId"];
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
         * Change a station's Line Appearance or persistent connection
         * @description Changes the station's Line Appearance (`webRtcCallAppearances`: 1 or 100) and/or persistent connection (`webRtcPersistentEnabled`). Takes effect for the softphone's next session; the agent may only change their own station (404 otherwise).
         */
        patch: operations["updateStation"];
        trace?: never;
    };
    "/api/v2/agents/login": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The resource template version the request is written against (the seed's `{{template-version}}`); required on every call.
                 * @example 1
                 */
                "x-resource-template-version": components["parameters"]["ResourceTemplateVersion"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign an agent in
         * @description Trades an agent's user name and password for an access token (a signed JWT, `token_type: Bearer`) that the softphone sends as `Authorization: Bearer <access_token>` to the `/api/v2/...` endpoints and to the signaling WebSocket. Voice adapters verify the token with the keys at `/.well-known/jwks.json`. Wrong credentials are a 401 that does not say which of the two was wrong.
         */
        post: operations["loginAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the keys that sign agent tokens
         * @description The JSON Web Key Set (RFC 7517) whose public keys verify agent access tokens (match a token's `kid` header to a key). Served without credentials and without the `x-resource-template-version` header, so generic JWT libraries (for example `jose`'s `createRemoteJWKSet`) can fetch it as they fetch any JWKS.
         */
        get: operations["getJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "conversation.participant.joined": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A participant joined a conversation
         * @description Sent to each channel subscribed to `conversation.participant.joined` when a participant joins a conversation (the customer's call arrives, an agent answers). Signed per Standard Webhooks; answer 2xx quickly, any other answer (or a timeout) is retried with exponential backoff.
         */
        post: operations["conversationParticipantJoined"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "conversation.participant.left": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A participant left a conversation
         * @description Sent when a participant leaves a conversation (hung up, removed or ended); `data.participant.state` is `disconnected`. Signed per Standard Webhooks; non-2xx answers are retried with exponential backoff.
         */
        post: operations["conversationParticipantLeft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "conversation.message.sent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A participant sent a conversation message
         * @description Sent when a participant sends a conversation message. Signed per Standard Webhooks; non-2xx answers are retried with exponential backoff.
         */
        post: operations["conversationMessageSent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "conversation.closed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A conversation was closed
         * @description Sent when a conversation is closed (its last participant disconnected); `data.conversation` is its final state, with `endTime` set. Signed per Standard Webhooks; non-2xx answers are retried with exponential backoff.
         */
        post: operations["conversationClosed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
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
        /** @description One problem with one field of the request. */
        ErrorDetail: {
            /** @description JSON Pointer (RFC 6901) to the offending field in the request body, e.g. `/accept_call_url`. */
            field: string;
            /** @description What is wrong with the field. */
            message: string;
        };
        /** @description Unique name of the voice provider within the partner. */
        VoiceProviderName: string;
        /**
         * Format: uri
         * @description An absolute URL the voice adapter serves.
         */
        AdapterUrl: string;
        /** @description A voice provider registration: a unique name and the voice adapter's URLs (seed step 1). All fields are required. */
        CreateVoiceProviderRequest: {
            name: components["schemas"]["VoiceProviderName"];
            /** @description Adapter URL to accept a call from the softphone. */
            accept_call_url: components["schemas"]["AdapterUrl"];
            /** @description Adapter URL to end a call from the softphone. */
            end_call_url: components["schemas"]["AdapterUrl"];
            /** @description Adapter URL to hold a call from the softphone. */
            hold_call_url: components["schemas"]["AdapterUrl"];
            /** @description Adapter URL to resume a call from the softphone. */
            resume_call_url: components["schemas"]["AdapterUrl"];
            /** @description Adapter URL to mute a call from the softphone. */
            mute_call_url: components["schemas"]["AdapterUrl"];
            /** @description Adapter URL to unmute a call from the softphone. */
            unmute_call_url: components["schemas"]["AdapterUrl"];
            /** @description Adapter URL to generate a token for the voice provider client. */
            access_token_url: components["schemas"]["AdapterUrl"];
        };
        /** @description The response to createVoiceProvider, exactly as in the seed. */
        VoiceProviderCreated: {
            /**
             * Format: uuid
             * @description The new voice provider's id.
             */
            id: string;
        };
        /** @description A registered voice provider with its adapter URLs. */
        VoiceProvider: {
            /**
             * Format: uuid
             * @description The voice provider's id.
             */
            id: string;
            name: components["schemas"]["VoiceProviderName"];
            /** @description Adapter URL to accept a call from the softphone. */
            accept_call_url: components["schemas"]["AdapterUrl"];
            /** @description Adapter URL to end a call from the softphone. */
            end_call_url: components["schemas"]["AdapterUrl"];
            /** @description Adapter URL to hold a call from the softphone. */
            hold_call_url: components["schemas"]["AdapterUrl"];
            /** @description Adapter URL to resume a call from the softphone. */
            resume_call_url: components["schemas"]["AdapterUrl"];
            /** @description Adapter URL to mute a call from the softphone. */
            mute_call_url: components["schemas"]["AdapterUrl"];
            /** @description Adapter URL to unmute a call from the softphone. */
            unmute_call_url: components["schemas"]["AdapterUrl"];
            /** @description Adapter URL to generate a token for the voice provider client. */
            access_token_url: components["schemas"]["AdapterUrl"];
        };
        /** @description Any non-empty subset of the voice provider's fields; fields left out keep their value. */
        UpdateVoiceProviderRequest: {
            name?: components["schemas"]["VoiceProviderName"];
            /** @description Adapter URL to accept a call from the softphone. */
            accept_call_url?: components["schemas"]["AdapterUrl"];
            /** @description Adapter URL to end a call from the softphone. */
            end_call_url?: components["schemas"]["AdapterUrl"];
            /** @description Adapter URL to hold a call from the softphone. */
            hold_call_url?: components["schemas"]["AdapterUrl"];
            /** @description Adapter URL to resume a call from the softphone. */
            resume_call_url?: components["schemas"]["AdapterUrl"];
            /** @description Adapter URL to mute a call from the softphone. */
            mute_call_url?: components["schemas"]["AdapterUrl"];
            /** @description Adapter URL to unmute a call from the softphone. */
            unmute_call_url?: components["schemas"]["AdapterUrl"];
            /** @description Adapter URL to generate a token for the voice provider client. */
            access_token_url?: components["schemas"]["AdapterUrl"];
        };
        /** @description The partner's voice providers. */
        VoiceProviderList: {
            /** @description The voice providers, oldest first. */
            items: components["schemas"]["VoiceProvider"][];
        };
        /** @description A voice provider's resource path, `/partners/{partnerId}/voiceproviders/{voiceProviderId}` (the seed's `/partners/{{CCaaS-Partner-ID}}/voiceproviders/{{Voice-Provider-ID}}`), relative to the server. */
        VoiceProviderResourceUri: string;
        /** @description Associates a phone number with a voice provider (seed step 2). */
        AssociatePhoneNumberRequest: {
            voice_provider_id_resource_uri: components["schemas"]["VoiceProviderResourceUri"];
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
        /** @description The partner's phone numbers. */
        PhoneNumberList: {
            /** @description The phone numbers. */
            items: components["schemas"]["PhoneNumber"][];
        };
        /**
         * @description A conversation event type, as in the webhook body's `type` and a channel's `events`. The seed names the events (a participant joined or left, sent a message, closed the conversation); the dotted names are ours.
         * @enum {string}
         */
        WebhookEventType: "conversation.participant.joined" | "conversation.participant.left" | "conversation.message.sent" | "conversation.closed";
        /** @description The channel's Standard Webhooks signing secret: `whsec_` followed by the base64 key. Returned once, by createChannel. */
        WebhookSecret: string;
        /** @description A channel to create. */
        CreateChannelRequest: {
            /** @description The channel's name, for people. */
            name: string;
            /**
             * Format: uri
             * @description The HTTPS endpoint that receives conversation events (http is accepted for loopback only).
             */
            webhook_url: string;
            /** @description The event types to deliver; left out, every conversation event. */
            events?: components["schemas"]["WebhookEventType"][];
        };
        /** @description A channel that receives conversation events on its webhook. Never carries the secret. */
        Channel: {
            /**
             * Format: uuid
             * @description The channel's id.
             */
            id: string;
            /** @description The channel's name. */
            name: string;
            /**
             * Format: uri
             * @description The endpoint that receives conversation events.
             */
            webhook_url: string;
            /** @description The event types delivered to the webhook (every type when the channel was created without `events`). */
            events: components["schemas"]["WebhookEventType"][];
        };
        /** @description The response to createChannel; the only place `webhook_secret` appears. */
        ChannelCreated: {
            /**
             * Format: uuid
             * @description The channel's id.
             */
            id: string;
            /** @description The channel's name. */
            name: string;
            /**
             * Format: uri
             * @description The endpoint that receives conversation events.
             */
            webhook_url: string;
            /** @description The event types delivered to the webhook. */
            events: components["schemas"]["WebhookEventType"][];
            webhook_secret: components["schemas"]["WebhookSecret"];
        };
        /** @description The partner's channels. */
        ChannelList: {
            /** @description The channels. */
            items: components["schemas"]["Channel"][];
        };
        /** @description Webhook body: a participant joined a conversation. */
        ConversationParticipantJoinedEvent: {
            id: components["schemas"]["WebhookEventId"];
            /**
             * @description The event type.
             * @constant
             */
            type: "conversation.participant.joined";
            timestamp: components["schemas"]["WebhookEventTimestamp"];
            partnerId: components["schemas"]["WebhookPartnerId"];
            /** @description The conversation and the participant who joined. */
            data: {
                /**
                 * Format: uuid
                 * @description The conversation id.
                 */
                conversationId: string;
                participant: components["schemas"]["Participant"];
            };
        };
        /** @description Webhook body: a participant left a conversation (its `state` is `disconnected`). */
        ConversationParticipantLeftEvent: {
            id: components["schemas"]["WebhookEventId"];
            /**
             * @description The event type.
             * @constant
             */
            type: "conversation.participant.left";
            timestamp: components["schemas"]["WebhookEventTimestamp"];
            partnerId: components["schemas"]["WebhookPartnerId"];
            /** @description The conversation and the participant who left. */
            data: {
                /**
                 * Format: uuid
                 * @description The conversation id.
                 */
                conversationId: string;
                participant: components["schemas"]["Participant"];
            };
        };
        /** @description Webhook body: a participant sent a conversation message. */
        ConversationMessageSentEvent: {
            id: components["schemas"]["WebhookEventId"];
            /**
             * @description The event type.
             * @constant
             */
            type: "conversation.message.sent";
            timestamp: components["schemas"]["WebhookEventTimestamp"];
            partnerId: components["schemas"]["WebhookPartnerId"];
            /** @description The conversation and the message. */
            data: {
                /**
                 * Format: uuid
                 * @description The conversation id.
                 */
                conversationId: string;
                message: components["schemas"]["ConversationMessage"];
            };
        };
        /** @description Webhook body: a conversation was closed; `data.conversation` is its final state. */
        ConversationClosedEvent: {
            id: components["schemas"]["WebhookEventId"];
            /**
             * @description The event type.
             * @constant
             */
            type: "conversation.closed";
            timestamp: components["schemas"]["WebhookEventTimestamp"];
            partnerId: components["schemas"]["WebhookPartnerId"];
            /** @description The closed conversation. */
            data: {
                /**
                 * Format: uuid
                 * @description The conversation id.
                 */
                conversationId: string;
                conversation: components["schemas"]["Conversation"];
            };
        };
        /**
         * Format: uuid
         * @description The event's id; equals the `webhook-id` header and stays the same across delivery retries.
         */
        WebhookEventId: string;
        /**
         * Format: date-time
         * @description When the event happened (not when it was delivered).
         */
        WebhookEventTimestamp: string;
        /**
         * Format: uuid
         * @description The partner whose channel receives the event.
         */
        WebhookPartnerId: string;
        /** @description A message a participant sent in a conversation. */
        ConversationMessage: {
            /**
             * Format: uuid
             * @description The message id.
             */
            id: string;
            /**
             * Format: uuid
             * @description The id of the participant who sent it.
             */
            participantId: string;
            /** @description The message text. */
            text: string;
        };
        /** @description The seed's `IStartSoftphoneSessionParams`: who to call. Every field is optional, as in the seed, but at least one target is required: `phoneNumber`, `callUserId`, `callQueueId`, `participants` or `conversationIds`. */
        StartSoftphoneSessionParams: {
            /** @description The phone number to dial. */
            phoneNumber?: string;
            /** @description The caller id phone number for the outbound call. */
            callerId?: string;
            /** @description The caller id name for the outbound call. */
            callerIdName?: string;
            /** @description The queue id to place the call on behalf of. */
            callFromQueueId?: string;
            /** @description The queue id to call. */
            callQueueId?: string;
            /** @description The user id to call. */
            callUserId?: string;
            /** @description The priority of the call. */
            priority?: number;
            /** @description The language skill id to use for routing the call if calling a queue. */
            languageId?: string;
            /** @description The routing skill ids to use for routing the call if calling a queue. */
            routingSkillsIds?: string[];
            /** @description Existing conversations to merge into a new ad-hoc conference. */
            conversationIds?: string[];
            /** @description Participants to add to the call when starting a conference call. */
            participants?: components["schemas"]["SdkSoftphoneDestination"][];
            /** @description User-to-user information managed by the SIP session app. */
            uuiData?: string;
        } & (unknown | unknown | unknown | unknown | unknown);
        /** @description The seed's `ISdkSoftphoneDestination`, one destination of a conference call. */
        SdkSoftphoneDestination: {
            /** @description The address or phone number to dial. */
            address: string;
            /** @description The destination's display name. */
            name?: string;
            /** @description The user id of the destination. */
            userId?: string;
            /** @description The queue id of the destination. */
            queueId?: string;
        };
        /** @description What placing a call returns: "an object containing the id and selfUri for the conversation" (seed). The softphone matches `id` against the `pendingSession`'s conversationId. */
        ConversationRef: {
            /**
             * Format: uuid
             * @description The new conversation's id.
             */
            id: string;
            /**
             * Format: uri-reference
             * @description The conversation's URI (relative to the server).
             */
            selfUri: string;
        };
        /** @description The agent's active conversations. */
        ConversationList: {
            /** @description The conversations, oldest first. */
            items: components["schemas"]["Conversation"][];
        };
        /** @description Any non-empty subset of: `held` (hold or resume), `muted` (mute or unmute), `state: disconnected` (hang up). */
        UpdateParticipantRequest: {
            /**
             * @description `disconnected` hangs the participant up; no other state can be set.
             * @enum {string}
             */
            state?: "disconnected";
            /** @description `true` holds the participant, `false` resumes. */
            held?: boolean;
            /** @description `true` mutes the participant, `false` unmutes. */
            muted?: boolean;
        };
        /** @description Any non-empty subset of the station's Line Appearance and persistent connection settings. */
        UpdateStationRequest: {
            webRtcCallAppearances?: components["schemas"]["LineAppearance"];
            /** @description Keep the WebRTC session alive between calls (persistent connection). */
            webRtcPersistentEnabled?: boolean;
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
        /**
         * LineAppearance
         * @description Line Appearance: how many concurrent active WebRTC sessions the user's station allows. `1`: every conversation is multiplexed on one session; answering or placing another call holds the active one, and session events are synthesised from conversation events. `100`: one WebRTC session per call (the current default). The seed says the value is "usually" 1 or 100; these are the only values the platform sends.
         * @enum {integer}
         */
        LineAppearance: 1 | 100;
        /** @description An agent's credentials. */
        AgentLoginRequest: {
            /** @description The agent's logon name (the seed's `author.userName` / `agentLogonName`). */
            userName: string;
            /**
             * Format: password
             * @description The agent's password. Never logged.
             */
            password: string;
        };
        /** @description An agent access token and who it belongs to. */
        AgentLoginResponse: {
            /** @description The agent's access token, a JWT signed with a key from `/.well-known/jwks.json`. A secret. */
            access_token: string;
            /**
             * @description Always `Bearer`.
             * @constant
             */
            token_type: "Bearer";
            /** @description Seconds until the token expires. */
            expires_in: number;
            agent: components["schemas"]["AgentIdentity"];
        };
        /** @description The signed-in agent. */
        AgentIdentity: {
            /** @description The agent's user id (the token's `sub`, a participant's `userId`). */
            id: string;
            /** @description The agent's logon name. */
            userName: string;
            /** @description The agent's display name. */
            name: string;
        };
        /** @description A JSON Web Key Set (RFC 7517) of public keys that verify agent access tokens. */
        JsonWebKeySet: {
            /** @description The public keys; a token's `kid` header names the one that signed it. */
            keys: components["schemas"]["JsonWebKey"][];
        };
        /** @description One public JSON Web Key (RFC 7517); Ed25519 keys are `kty: OKP` (RFC 8037). */
        JsonWebKey: {
            /** @description Key type (`OKP` for Ed25519, `RSA`, `EC`). */
            kty: string;
            /** @description Key id, matched against a token's `kid` header. */
            kid: string;
            /** @description The algorithm the key signs with (`EdDSA`, `RS256`, ...). */
            alg?: string;
            /** @description Public key use; `sig` for signing keys. */
            use?: string;
            /** @description Curve of an OKP or EC key (`Ed25519`). */
            crv?: string;
            /** @description Public key (base64url) of an OKP or EC key. */
            x?: string;
            /** @description Second coordinate (base64url) of an EC key. */
            y?: string;
            /** @description Modulus (base64url) of an RSA key. */
            n?: string;
            /** @description Exponent (base64url) of an RSA key. */
            e?: string;
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
    };
    responses: {
        /** @description The request is invalid: malformed JSON, a missing or misspelled field (request bodies reject unknown fields), a value of the wrong form, or a missing `x-resource-template-version` header. `details` names each offending field. */
        BadRequest: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Missing or invalid credentials (Basic client id and secret for partner resources, the agent's bearer token for `/api/v2/...`). */
        Unauthorized: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The resource does not exist, or belongs to another partner or agent. */
        NotFound: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The request conflicts with the resource's state: a duplicate voice provider name, deleting a voice provider that a phone number still uses, changing a disconnected participant, or an `Idempotency-Key` reused with a different body. */
        Conflict: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Rate limited. Wait `Retry-After` seconds before retrying. */
        TooManyRequests: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Acknowledged: any 2xx answer within 15 seconds. The body is ignored. Anything else (a non-2xx status, a timeout, a network error) is retried with exponential backoff, with the same `webhook-id`. */
        WebhookAcknowledged: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Rejected by the receiver (for example 401 for a bad signature or a stale timestamp). The platform ignores the body and retries with exponential backoff like any non-2xx answer; `@ccaas/adapter-kit/webhooks` answers with an ErrorBody. */
        WebhookRejected: {
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
         * @description The partner's id (the seed's `{{CCaaS-Partner-ID}}`).
         * @example 215fd887-39be-4935-981f-2670d6afeaa7
         */
        PartnerId: string;
        /**
         * @description The resource template version the request is written against (the seed's `{{template-version}}`); required on every call.
         * @example 1
         */
        ResourceTemplateVersion: string;
        /**
         * @description A client-chosen unique key (a UUID is a good choice) that makes a retried create safe: a repeat with the same key and the same body within 24 hours returns the first response instead of creating a second resource; the same key with a different body is a 409.
         * @example 0f8c2d4e-6a1b-4c3d-9e5f-7a8b9c0d1e2f
         */
        IdempotencyKey: string;
        /**
         * @description The `clientId` the placing softphone sent in its signaling `authenticate` message (one per browser tab or device). The call's `propose` then reaches that client with `autoAnswer: true` (the seed: "automatically accepted on the client that requested the outbound call"); without it, no client auto-answers.
         * @example tab-7f3c2a
         */
        SoftphoneClientId: string;
        /**
         * @description The voice provider's id (the seed's `{{Voice-Provider-ID}}`), as returned by createVoiceProvider.
         * @example 394e3814-7562-4f25-a854-2b74e91ad15a
         */
        VoiceProviderId: string;
        /**
         * @description The phone number's id (the seed's `{{Phone-Number-ID}}`).
         * @example 7c0f9a52-3d1e-4b8a-9f6e-2a5d8c4b1e07
         */
        PhoneNumberId: string;
        /**
         * @description The channel's id.
         * @example c3b1d2e4-5f60-4a7b-8c9d-0e1f2a3b4c5d
         */
        ChannelId: string;
        /**
         * @description The conversation id (the seed's `conversationId`).
         * @example 5a974dd7-475a-41c0-a027-bfdf09627b13
         */
        ConversationId: string;
        /**
         * @description The participant id (the seed's `participantId`).
         * @example 6e312815-2d32-409b-9c57-f9e79e7baf49
         */
        ParticipantId: string;
        /**
         * @description The station id.
         * @example 9d1f3c5e-7a2b-4c8d-b6e4-0f2a8c1d5e73
         */
        StationId: string;
        /**
         * @description Standard Webhooks message id: equals the body's `id` and stays the same when a delivery is retried, so receivers use it to drop duplicates.
         * @example e1c4a7d2-8b3f-4c6e-9a15-3d7f2b8c6e91
         */
        WebhookId: string;
        /**
         * @description Standard Webhooks timestamp: when this delivery attempt was signed, in integer seconds since the Unix epoch. Receivers reject timestamps too far from their clock (replay protection; 5 minutes is usual).
         * @example 1748876649
         */
        WebhookTimestamp: string;
        /**
         * @description Standard Webhooks signature: `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{raw body}`, keyed with the base64-decoded part of the channel's `webhook_secret` after `whsec_`. During key rotation it is a space-separated list of signatures; a delivery is valid if any `v1` entry matches. Receivers ignore versions they do not know. The example signs the participant-joined example (serialized compactly, with `JSON.stringify`) with the createChannel example's secret.
         * @example v1,nGx/wwvnqxg6/2RGJm1XVm9SlWGQrtWU48eCgjbYum0=
         */
        WebhookSignature: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description The platform's id for this request; quote it when reporting a problem. Also in error bodies as `request_id`.
         * @example req_01JX3K9T6YQ4V8N2M5B7C0D1EF
         */
        XRequestId: string;
        /**
         * @description Seconds to wait before retrying.
         * @example 2
         */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listVoiceProviders: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The resource template version the request is written against (the seed's `{{template-version}}`); required on every call.
                 * @example 1
                 */
                "x-resource-template-version": components["parameters"]["ResourceTemplateVersion"];
            };
            path: {
                /**
                 * @description The partner's id (the seed's `{{CCaaS-Partner-ID}}`).
                 * @example 215fd887-39be-4935-981f-2670d6afeaa7
                 */
                partnerId: components["parameters"]["PartnerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The partner's voice providers. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoiceProviderList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createVoiceProvider: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The resource template version the request is written against (the seed's `{{template-version}}`); required on every call.
                 * @example 1
                 */
                "x-resource-template-version": components["parameters"]["ResourceTemplateVersion"];
                /**
                 * @description A client-chosen unique key (a UUID is a good choice) that makes a retried create safe: a repeat with the same key and the same body within 24 hours returns the first response instead of creating a second resource; the same key with a different body is a 409.
                 * @example 0f8c2d4e-6a1b-4c3d-9e5f-7a8b9c0d1e2f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The partner's id (the seed's `{{CCaaS-Partner-ID}}`).
                 * @example 215fd887-39be-4935-981f-2670d6afeaa7
                 */
                partnerId: components["parameters"]["PartnerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVoiceProviderRequest"];
            };
        };
        responses: {
            /** @description Created. The body carries the new voice provider's id, exactly as in the seed. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoiceProviderCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getVoiceProvider: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The resource template version the request is written against (the seed's `{{template-version}}`); required on every call.
                 * @example 1
                 */
                "x-resource-template-version": components["parameters"]["ResourceTemplateVersion"];
            };
            path: {
                /**
                 * @description The partner's id (the seed's `{{CCaaS-Partner-ID}}`).
                 * @example 215fd887-39be-4935-981f-2670d6afeaa7
                 */
                partnerId: components["parameters"]["PartnerId"];
                /**
                 * @description The voice provider's id (the seed's `{{Voice-Provider-ID}}`), as returned by createVoiceProvider.
                 * @example 394e3814-7562-4f25-a854-2b74e91ad15a
                 */
                voiceProviderId: components["parameters"]["VoiceProviderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The voice provider. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoiceProvider"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteVoiceProvider: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The resource template version the request is written against (the seed's `{{template-version}}`); required on every call.
                 * @example 1
                 */
                "x-resource-template-version": components["parameters"]["ResourceTemplateVersion"];
            };
            path: {
                /**
                 * @description The partner's id (the seed's `{{CCaaS-Partner-ID}}`).
                 * @example 215fd887-39be-4935-981f-2670d6afeaa7
                 */
                partnerId: components["parameters"]["PartnerId"];
                /**
                 * @description The voice provider's id (the seed's `{{Voice-Provider-ID}}`), as returned by createVoiceProvider.
                 * @example 394e3814-7562-4f25-a854-2b74e91ad15a
                 */
                voiceProviderId: components["parameters"]["VoiceProviderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateVoiceProvider: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The resource template version the request is written against (the seed's `{{template-version}}`); required on every call.
                 * @example 1
                 */
                "x-resource-template-version": components["parameters"]["ResourceTemplateVersion"];
            };
            path: {
                /**
                 * @description The partner's id (the seed's `{{CCaaS-Partner-ID}}`).
                 * @example 215fd887-39be-4935-981f-2670d6afeaa7
                 */
                partnerId: components["parameters"]["PartnerId"];
                /**
                 * @description The voice provider's id (the seed's `{{Voice-Provider-ID}}`), as returned by createVoiceProvider.
                 * @example 394e3814-7562-4f25-a854-2b74e91ad15a
                 */
                voiceProviderId: components["parameters"]["VoiceProviderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVoiceProviderRequest"];
            };
        };
        responses: {
            /** @description The updated voice provider. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoiceProvider"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listPhoneNumbers: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The resource template version the request is written against (the seed's `{{template-version}}`); required on every call.
                 * @example 1
                 */
                "x-resource-template-version": components["parameters"]["ResourceTemplateVersion"];
            };
            path: {
                /**
                 * @description The partner's id (the seed's `{{CCaaS-Partner-ID}}`).
                 * @example 215fd887-39be-4935-981f-2670d6afeaa7
                 */
                partnerId: components["parameters"]["PartnerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The partner's phone numbers. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneNumberList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getPhoneNumber: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The resource template version the request is written against (the seed's `{{template-version}}`); required on every call.
                 * @example 1
                 */
                "x-resource-template-version": components["parameters"]["ResourceTemplateVersion"];
            };
            path: {
                /**
                 * @description The partner's id (the seed's `{{CCaaS-Partner-ID}}`).
                 * @example 215fd887-39be-4935-981f-2670d6afeaa7
                 */
                partnerId: components["parameters"]["PartnerId"];
                /**
                 * @description The phone number's id (the seed's `{{Phone-Number-ID}}`).
                 * @example 7c0f9a52-3d1e-4b8a-9f6e-2a5d8c4b1e07
                 */
                phoneNumberId: components["parameters"]["PhoneNumberId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The phone number. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneNumber"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    associatePhoneNumber: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The resource template version the request is written against (the seed's `{{template-version}}`); required on every call.
                 * @example 1
                 */
                "x-resource-template-version": components["parameters"]["ResourceTemplateVersion"];
            };
            path: {
                /**
                 * @description The partner's id (the seed's `{{CCaaS-Partner-ID}}`).
                 * @example 215fd887-39be-4935-981f-2670d6afeaa7
                 */
                partnerId: components["parameters"]["PartnerId"];
                /**
                 * @description The phone number's id (the seed's `{{Phone-Number-ID}}`).
                 * @example 7c0f9a52-3d1e-4b8a-9f6e-2a5d8c4b1e07
                 */
                phoneNumberId: components["parameters"]["PhoneNumberId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssociatePhoneNumberRequest"];
            };
        };
        responses: {
            /** @description The phone number with its new association. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneNumber"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listChannels: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The resource template version the request is written against (the seed's `{{template-version}}`); required on every call.
                 * @example 1
                 */
                "x-resource-template-version": components["parameters"]["ResourceTemplateVersion"];
            };
            path: {
                /**
                 * @description The partner's id (the seed's `{{CCaaS-Partner-ID}}`).
                 * @example 215fd887-39be-4935-981f-2670d6afeaa7
                 */
                partnerId: components["parameters"]["PartnerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The partner's channels. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createChannel: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The resource template version the request is written against (the seed's `{{template-version}}`); required on every call.
                 * @example 1
                 */
                "x-resource-template-version": components["parameters"]["ResourceTemplateVersion"];
                /**
                 * @description A client-chosen unique key (a UUID is a good choice) that makes a retried create safe: a repeat with the same key and the same body within 24 hours returns the first response instead of creating a second resource; the same key with a different body is a 409.
                 * @example 0f8c2d4e-6a1b-4c3d-9e5f-7a8b9c0d1e2f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The partner's id (the seed's `{{CCaaS-Partner-ID}}`).
                 * @example 215fd887-39be-4935-981f-2670d6afeaa7
                 */
                partnerId: components["parameters"]["PartnerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChannelRequest"];
            };
        };
        responses: {
            /** @description Created. `webhook_secret` appears in this response only. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getChannel: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The resource template version the request is written against (the seed's `{{template-version}}`); required on every call.
                 * @example 1
                 */
                "x-resource-template-version": components["parameters"]["ResourceTemplateVersion"];
            };
            path: {
                /**
                 * @description The partner's id (the seed's `{{CCaaS-Partner-ID}}`).
                 * @example 215fd887-39be-4935-981f-2670d6afeaa7
                 */
                partnerId: components["parameters"]["PartnerId"];
                /**
                 * @description The channel's id.
                 * @example c3b1d2e4-5f60-4a7b-8c9d-0e1f2a3b4c5d
                 */
                channelId: components["parameters"]["ChannelId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The channel. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Channel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteChannel: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The resource template version the request is written against (the seed's `{{template-version}}`); required on every call.
                 * @example 1
                 */
                "x-resource-template-version": components["parameters"]["ResourceTemplateVersion"];
            };
            path: {
                /**
                 * @description The partner's id (the seed's `{{CCaaS-Partner-ID}}`).
                 * @example 215fd887-39be-4935-981f-2670d6afeaa7
                 */
                partnerId: components["parameters"]["PartnerId"];
                /**
                 * @description The channel's id.
                 * @example c3b1d2e4-5f60-4a7b-8c9d-0e1f2a3b4c5d
                 */
                channelId: components["parameters"]["ChannelId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listConversationCalls: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The resource template version the request is written against (the seed's `{{template-version}}`); required on every call.
                 * @example 1
                 */
                "x-resource-template-version": components["parameters"]["ResourceTemplateVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent's active conversations, oldest first. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    placeCall: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The resource template version the request is written against (the seed's `{{template-version}}`); required on every call.
                 * @example 1
                 */
                "x-resource-template-version": components["parameters"]["ResourceTemplateVersion"];
                /**
                 * @description A client-chosen unique key (a UUID is a good choice) that makes a retried create safe: a repeat with the same key and the same body within 24 hours returns the first response instead of creating a second resource; the same key with a different body is a 409.
                 * @example 0f8c2d4e-6a1b-4c3d-9e5f-7a8b9c0d1e2f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description The `clientId` the placing softphone sent in its signaling `authenticate` message (one per browser tab or device). The call's `propose` then reaches that client with `autoAnswer: true` (the seed: "automatically accepted on the client that requested the outbound call"); without it, no client auto-answers.
                 * @example tab-7f3c2a
                 */
                "x-softphone-client-id"?: components["parameters"]["SoftphoneClientId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartSoftphoneSessionParams"];
            };
        };
        responses: {
            /** @description The call was placed. The body names the new conversation. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationRef"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getConversationCall: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The resource template version the request is written against (the seed's `{{template-version}}`); required on every call.
                 * @example 1
                 */
                "x-resource-template-version": components["parameters"]["ResourceTemplateVersion"];
            };
            path: {
                /**
                 * @description The conversation id (the seed's `conversationId`).
                 * @example 5a974dd7-475a-41c0-a027-bfdf09627b13
                 */
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateConversationParticipant: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The resource template version the request is written against (the seed's `{{template-version}}`); required on every call.
                 * @example 1
                 */
                "x-resource-template-version": components["parameters"]["ResourceTemplateVersion"];
            };
            path: {
                /**
                 * @description The conversation id (the seed's `conversationId`).
                 * @example 5a974dd7-475a-41c0-a027-bfdf09627b13
                 */
                conversationId: components["parameters"]["ConversationId"];
                /**
                 * @description The participant id (the seed's `participantId`).
                 * @example 6e312815-2d32-409b-9c57-f9e79e7baf49
                 */
                participantId: components["parameters"]["ParticipantId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateParticipantRequest"];
            };
        };
        responses: {
            /** @description Applied. The body is the participant's new state. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participant"];
                };
            };
            /** @description Accepted; the change is applied asynchronously and arrives as a conversation event (the softphone's `conversationUpdate`). No body. */
            202: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getMyStation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The resource template version the request is written against (the seed's `{{template-version}}`); required on every call.
                 * @example 1
                 */
                "x-resource-template-version": components["parameters"]["ResourceTemplateVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent's station. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Station"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateStation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The resource template version the request is written against (the seed's `{{template-version}}`); required on every call.
                 * @example 1
                 */
                "x-resource-template-version": components["parameters"]["ResourceTemplateVersion"];
            };
            path: {
                /**
                 * @description The station id.
                 * @example 9d1f3c5e-7a2b-4c8d-b6e4-0f2a8c1d5e73
                 */
                stationId: components["parameters"]["StationId"];
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
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Station"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    loginAgent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The resource template version the request is written against (the seed's `{{template-version}}`); required on every call.
                 * @example 1
                 */
                "x-resource-template-version": components["parameters"]["ResourceTemplateVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentLoginRequest"];
            };
        };
        responses: {
            /** @description Signed in. `expires_in` is the token's lifetime in seconds. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentLoginResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getJwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key set. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JsonWebKeySet"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    conversationParticipantJoined: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: equals the body's `id` and stays the same when a delivery is retried, so receivers use it to drop duplicates.
                 * @example e1c4a7d2-8b3f-4c6e-9a15-3d7f2b8c6e91
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this delivery attempt was signed, in integer seconds since the Unix epoch. Receivers reject timestamps too far from their clock (replay protection; 5 minutes is usual).
                 * @example 1748876649
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signature: `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{raw body}`, keyed with the base64-decoded part of the channel's `webhook_secret` after `whsec_`. During key rotation it is a space-separated list of signatures; a delivery is valid if any `v1` entry matches. Receivers ignore versions they do not know. The example signs the participant-joined example (serialized compactly, with `JSON.stringify`) with the createChannel example's secret.
                 * @example v1,nGx/wwvnqxg6/2RGJm1XVm9SlWGQrtWU48eCgjbYum0=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationParticipantJoinedEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAcknowledged"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    conversationParticipantLeft: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: equals the body's `id` and stays the same when a delivery is retried, so receivers use it to drop duplicates.
                 * @example e1c4a7d2-8b3f-4c6e-9a15-3d7f2b8c6e91
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this delivery attempt was signed, in integer seconds since the Unix epoch. Receivers reject timestamps too far from their clock (replay protection; 5 minutes is usual).
                 * @example 1748876649
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signature: `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{raw body}`, keyed with the base64-decoded part of the channel's `webhook_secret` after `whsec_`. During key rotation it is a space-separated list of signatures; a delivery is valid if any `v1` entry matches. Receivers ignore versions they do not know. The example signs the participant-joined example (serialized compactly, with `JSON.stringify`) with the createChannel example's secret.
                 * @example v1,nGx/wwvnqxg6/2RGJm1XVm9SlWGQrtWU48eCgjbYum0=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationParticipantLeftEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAcknowledged"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    conversationMessageSent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: equals the body's `id` and stays the same when a delivery is retried, so receivers use it to drop duplicates.
                 * @example e1c4a7d2-8b3f-4c6e-9a15-3d7f2b8c6e91
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this delivery attempt was signed, in integer seconds since the Unix epoch. Receivers reject timestamps too far from their clock (replay protection; 5 minutes is usual).
                 * @example 1748876649
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signature: `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{raw body}`, keyed with the base64-decoded part of the channel's `webhook_secret` after `whsec_`. During key rotation it is a space-separated list of signatures; a delivery is valid if any `v1` entry matches. Receivers ignore versions they do not know. The example signs the participant-joined example (serialized compactly, with `JSON.stringify`) with the createChannel example's secret.
                 * @example v1,nGx/wwvnqxg6/2RGJm1XVm9SlWGQrtWU48eCgjbYum0=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationMessageSentEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAcknowledged"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    conversationClosed: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: equals the body's `id` and stays the same when a delivery is retried, so receivers use it to drop duplicates.
                 * @example e1c4a7d2-8b3f-4c6e-9a15-3d7f2b8c6e91
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this delivery attempt was signed, in integer seconds since the Unix epoch. Receivers reject timestamps too far from their clock (replay protection; 5 minutes is usual).
                 * @example 1748876649
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signature: `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{raw body}`, keyed with the base64-decoded part of the channel's `webhook_secret` after `whsec_`. During key rotation it is a space-separated list of signatures; a delivery is valid if any `v1` entry matches. Receivers ignore versions they do not know. The example signs the participant-joined example (serialized compactly, with `JSON.stringify`) with the createChannel example's secret.
                 * @example v1,nGx/wwvnqxg6/2RGJm1XVm9SlWGQrtWU48eCgjbYum0=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationClosedEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAcknowledged"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
}
