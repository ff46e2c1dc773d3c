/** `createCall`'s input: checked before any request, and mapped to the wire's Portuguese-era fields. */
import { invalidArgument, requireString } from "@ccaas/partner-api/internal";
import type { CallCreateRequest, CallRecorder, CallType } from "@ccaas/types";

/** When to record: `none`, `afterAnswer` (from the answer on) or `fromRinging` (from the moment the destination rings). */
export type Recording = "none" | "afterAnswer" | "fromRinging";

export interface CreateCallInput {
  /** The number to call, digits only: DDI+DDD+number (country code, area code, number), or an internal extension. */
  destination: string;
  /** `external` (a number outside the platform, the default) or `internal` (an extension on the platform). */
  type?: CallType;
  /** Caller ID shown at the destination, digits (DDI+DDD+number); registered on the platform. Default: Call/Server's `caller_ident_external`. */
  callerId?: string;
  /** Recording, by name or as the wire's `call_recorder` value ("0" | "1" | "2"). Default `none`. */
  recording?: Recording | CallRecorder;
  /** The web phone's key from Call/Server. Default: fetched with `getCallServer()` (once, then reused). */
  apiKey?: string;
}

const recorder: Record<Recording | CallRecorder, CallRecorder> = {
  none: "0",
  afterAnswer: "1",
  fromRinging: "2",
  "0": "0",
  "1": "1",
  "2": "2",
};

const digits = /^\d{2,20}$/;
const context = "createCall";

/** The fields of `Call/Create` other than `token` and `codCampaign`. */
export type CallFields = Omit<CallCreateRequest, "token" | "codCampaign">;

export function checkCreateCall(input: CreateCallInput): void {
  if (typeof input !== "object" || input === null) invalidArgument("input", "must be an object.", context);
  if (typeof input.destination !== "string" || !digits.test(input.destination)) {
    invalidArgument(
      "destination",
      "must be digits only, country code first, e.g. 5511980121511 (no +, spaces or dashes).",
      context,
    );
  }
  if (input.type !== undefined && input.type !== "external" && input.type !== "internal") {
    invalidArgument("type", 'must be "external" or "internal".', context);
  }
  if (input.callerId !== undefined && !digits.test(input.callerId)) {
    invalidArgument("callerId", "must be digits only, e.g. 554830037656.", context);
  }
  if (input.recording !== undefined && !Object.hasOwn(recorder, input.recording)) {
    invalidArgument("recording", 'must be "none", "afterAnswer", "fromRinging" (or "0", "1", "2").', context);
  }
  if (input.apiKey !== undefined) requireString(input.apiKey, "apiKey", context);
}

export function callFields(
  input: CreateCallInput,
  defaults: { apiKey: string; callerId: string },
): CallFields {
  return {
    api_key: input.apiKey ?? defaults.apiKey,
    call_destination: input.destination,
    call_type: input.type ?? "external",
    call_cid: input.callerId ?? defaults.callerId,
    call_recorder: recorder[input.recording ?? "none"],
  };
}
