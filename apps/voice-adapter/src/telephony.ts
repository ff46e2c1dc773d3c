/**
 * The sample's telephony is the sandbox: the sandbox's conversation changes state when it consumes the
 * participant events the kit publishes after each handler, so a handler only has to say what it did. A real
 * adapter calls its telephony here (and throws CallControlError with a message for the agent when it refuses).
 */
import type { VoiceAdapterHandlers } from "@ccaas/adapter-kit";

export function sandboxTelephony(log: (line: string) => void): VoiceAdapterHandlers {
  return {
    accept: (request, { agent }) =>
      log(`accept: ${agent.userName} answers conversation ${request.conversationId}`),
    end: (request) =>
      log(
        `end: conversation ${request.conversationId}, ${request.removeAllParticipants ? "everyone" : `participant ${request.participantId}`}`,
      ),
    hold: (request) => log(`hold: participant ${request.participantId} of ${request.conversationId}`),
    resume: (request) => log(`resume: participant ${request.participantId} of ${request.conversationId}`),
    mute: (request) => log(`mute: participant ${request.participantId} of ${request.conversationId}`),
    unmute: (request) => log(`unmute: participant ${request.participantId} of ${request.conversationId}`),
  };
}
