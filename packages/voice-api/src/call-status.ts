/**
 * `Call/Status` in either of its forms, normalised. The seed's text names the fields `status`, `isdn_code`
 * and `isdn_reason`; its example answers `voice_status`, `voice_code_result` and `voice_text_result`, with a
 * `voice_status` equal to the call's id rather than a state.
 *
 * The heuristic for a status that is not one of Setup, Dialing, Answered, Finished (such as that id): ISDN
 * cause codes are release causes, reported once a call has ended, so an unrecognised status with a cause
 * code (other than 0) is taken as `Finished`; without one it is `Unknown`. `raw` always keeps what came.
 */
import type { RawCallStatus, VoiceCallState } from "@ccaas/types";
import { describeIsdnCause } from "./isdn-causes";

export interface VoiceCallStatus {
  /** The call's id (`_id`). */
  id: string;
  /** Setup (calling the originating extension), Dialing (calling the destination), Answered, Finished; or Unknown. */
  status: VoiceCallState | "Unknown";
  /** ISDN (Q.850) cause code (`isdn_code` / `voice_code_result`), when there is one. */
  isdnCode: number | undefined;
  /** Readable cause: the Q.850 text for a known code, otherwise the server's (`isdn_reason` / `voice_text_result`). */
  isdnReason: string | undefined;
  /** The status exactly as `Call/Status` sent it. */
  raw: RawCallStatus;
}

const states: readonly VoiceCallState[] = ["Setup", "Dialing", "Answered", "Finished"];

function state(value: unknown): VoiceCallState | undefined {
  const text = typeof value === "string" ? value.trim().toLowerCase() : "";
  return states.find((candidate) => candidate.toLowerCase() === text);
}

export function normaliseCallStatus(raw: RawCallStatus): VoiceCallStatus {
  const fields = raw as Partial<Record<string, unknown>>;
  const isdnForm = "status" in raw;
  const codeText = String((isdnForm ? fields.isdn_code : fields.voice_code_result) ?? "").trim();
  const serverReason = isdnForm ? fields.isdn_reason : fields.voice_text_result;
  const isdnCode = /^\d+$/.test(codeText) && Number(codeText) > 0 ? Number(codeText) : undefined;
  const known = state(isdnForm ? fields.status : fields.voice_status);
  return {
    id: raw._id,
    status: known ?? (isdnCode === undefined ? "Unknown" : "Finished"),
    isdnCode,
    isdnReason:
      (isdnCode === undefined ? undefined : describeIsdnCause(isdnCode)) ??
      (typeof serverReason === "string" && serverReason.trim() !== "" ? serverReason : undefined),
    raw,
  };
}
