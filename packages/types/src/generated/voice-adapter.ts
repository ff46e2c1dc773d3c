/**
 * GENERATED from specs/voice-adapter.yaml: openapi-typescript types.
 * Do not edit by hand: change the spec, then run `pnpm generate`.
 */
export interface paths {
    "/calls/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an inbound call
         * @description The softphone calls this when the agent accepts an inbound call. On success the adapter
         *     publishes the Kafka event `PARTICIPANTCALLINITIATED` for the agent participant (`author`).
         */
        post: operations["acceptCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calls/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a call for one participant or for everyone
         * @description The softphone calls this when the agent clicks end call, either to terminate the call of all
         *     participants (`removeAllParticipants: true`) or to end only the participant `participantId`.
         *     On success the adapter publishes the Kafka event `PARTICIPANTCALLCOMPLETED` for the agent
         *     participant.
         */
        post: operations["endCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calls/hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a participant on hold
         * @description The softphone calls this when the agent clicks hold on one of the call's active participants (`participantId`).
         */
        post: operations["holdCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calls/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a participant who is on hold
         * @description The softphone calls this when the agent clicks resume on a participant who is already on hold (`participantId`).
         */
        post: operations["resumeCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calls/mute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mute a participant
         * @description The softphone calls this (at the registered `mute_call_url`) when the agent mutes a participant
         *     (`participantId`). The seed registers the URL but shows no body; this contract uses the
         *     hold/resume body.
         */
        post: operations["muteCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calls/unmute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unmute a participant
         * @description The softphone calls this (at the registered `unmute_call_url`) when the agent unmutes a
         *     participant (`participantId`). The seed registers the URL but shows no body; this contract uses
         *     the hold/resume body.
         */
        post: operations["unmuteCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a token for the voice provider client
         * @description The voice provider client inside the softphone needs a JWT to authenticate and authorize the
         *     softphone with the voice provider; the softphone asks the adapter (at the registered
         *     `access_token_url`) for one on behalf of `agentLogonName`.
         *
         *     Authentication: the caller sends the platform's agent JWT as a bearer token. The adapter
         *     verifies it against the platform's JWKS and answers 403 when `agentLogonName` is not the agent
         *     the JWT was issued to. The token returned here may then be used as the bearer token on the
         *     call-control routes.
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check that the adapter is up
         * @description Liveness probe for load balancers, orchestrators and the sandbox. No authentication.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
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
        /** @description The agent who performs the action. */
        Author: {
            /**
             * @description The agent's logon name.
             * @example testAgent
             */
            userName: string;
            /**
             * Format: uuid
             * @description The agent's participant id in the conversation.
             * @example 4a70a876-bf90-4360-92c3-0edd7463c691
             */
            participantId: string;
        };
        /** @description Body of `acceptCall` (`accept_call_url`). */
        AcceptCallRequest: {
            /**
             * Format: uuid
             * @description The conversation whose inbound call the agent accepts.
             * @example 5a974dd7-475a-41c0-a027-bfdf09627b13
             */
            conversationId: string;
            author: components["schemas"]["Author"];
        };
        /** @description Body of `endCall` (`end_call_url`). */
        EndCallRequest: {
            /**
             * Format: uuid
             * @description The conversation whose call ends.
             * @example 5a974dd7-475a-41c0-a027-bfdf09627b13
             */
            conversationId: string;
            /** @description `true` terminates the call for all participants; `false` ends only the call of `participantId`. */
            removeAllParticipants: boolean;
            /**
             * Format: uuid
             * @description The participant whose call ends (when `removeAllParticipants` is `false`).
             * @example 6e312815-2d32-409b-9c57-f9e79e7baf49
             */
            participantId: string;
            author: components["schemas"]["Author"];
        };
        /** @description Body of `holdCall`, `resumeCall`, `muteCall` and `unmuteCall`; an action on one participant of a conversation's call. */
        ParticipantCallRequest: {
            /**
             * Format: uuid
             * @description The conversation the participant belongs to.
             * @example 5a974dd7-475a-41c0-a027-bfdf09627b13
             */
            conversationId: string;
            /**
             * Format: uuid
             * @description The participant to hold, resume, mute or unmute.
             * @example 6e312815-2d32-409b-9c57-f9e79e7baf49
             */
            participantId: string;
            author: components["schemas"]["Author"];
        };
        /** @description Body of `createToken` (`access_token_url`). */
        TokenRequest: {
            /**
             * @description Logon name of the agent the token is for.
             * @example testAgent
             */
            agentLogonName: string;
        };
        /** @description The adapter performed the action. */
        SuccessResponse: {
            /**
             * @description Always `Success`.
             * @constant
             */
            status: "Success";
        };
        /** @description A token for the voice provider client. */
        TokenResponse: {
            /** @description Token (a JWT) that authenticates and authorizes the softphone with the voice provider. */
            token: string;
            /** @description Seconds until `token` expires, so the softphone can refresh it before then. */
            expiresIn?: number;
        };
        /** @description Liveness of the adapter. */
        HealthResponse: {
            /**
             * @description Always `ok` while the adapter is running.
             * @constant
             */
            status: "ok";
        };
        /**
         * @description Error body of every adapter route. `status` is `Error`, mirroring the success body's
         *     `status: "Success"`; `code` is stable and machine-readable; `message` says what was wrong and
         *     what to do, and never contains a token or other secret.
         */
        AdapterError: {
            /**
             * @description Always `Error`.
             * @constant
             */
            status: "Error";
            /**
             * @description `validation_failed` (400), `unauthorized` (401), `forbidden` (403), `not_found` (404),
             *     `method_not_allowed` (405), `payload_too_large` (413), `unsupported_media_type` (415),
             *     `internal_error` (500), `upstream_failed` (502: the telephony system or the partner's handler failed).
             * @enum {string}
             */
            code: "validation_failed" | "unauthorized" | "forbidden" | "not_found" | "unsupported_media_type" | "payload_too_large" | "method_not_allowed" | "upstream_failed" | "internal_error";
            /** @description Human-readable explanation and what to do about it. */
            message: string;
            /** @description Identifier of the request in the adapter's logs; quote it when reporting a problem. */
            requestId?: string;
            /** @description One entry per invalid field (for `validation_failed`). */
            details?: {
                /**
                 * @description JSON Pointer (RFC 6901) to the invalid field in the request body, e.g. `/author/userName`.
                 * @example /author/userName
                 */
                field: string;
                /** @description What is wrong with the field. */
                message: string;
            }[];
        };
    };
    responses: {
        /** @description The adapter performed the action. */
        Success: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SuccessResponse"];
            };
        };
        /** @description The body is not valid JSON or does not match the operation's schema (missing, mistyped or unknown fields). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AdapterError"];
            };
        };
        /** @description The `Authorization` header is missing, or its bearer token is invalid or expired. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AdapterError"];
            };
        };
        /** @description The bearer token is valid but belongs to another agent than `author`. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AdapterError"];
            };
        };
        /** @description The platform's agent JWT is valid but was issued to another agent than `agentLogonName`. */
        ForbiddenToken: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AdapterError"];
            };
        };
        /** @description The request body is larger than the adapter's configured limit. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AdapterError"];
            };
        };
        /** @description The request's `Content-Type` is not `application/json`. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AdapterError"];
            };
        };
        /** @description The adapter failed unexpectedly. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AdapterError"];
            };
        };
        /** @description The telephony system, the voice provider or the partner's handler failed to perform the action. */
        UpstreamFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AdapterError"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    acceptCall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptCallRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["UpstreamFailed"];
        };
    };
    endCall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndCallRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["UpstreamFailed"];
        };
    };
    holdCall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantCallRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["UpstreamFailed"];
        };
    };
    resumeCall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantCallRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["UpstreamFailed"];
        };
    };
    muteCall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantCallRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["UpstreamFailed"];
        };
    };
    unmuteCall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantCallRequest"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["UpstreamFailed"];
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description The token for the voice provider client. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenToken"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["UpstreamFailed"];
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The adapter is running. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            /**
             * @description Client error in the adapter's error format. The health route itself does not fail; a
             *     misrouted request (for example another method than GET) gets this body.
             */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdapterError"];
                };
            };
        };
    };
}
