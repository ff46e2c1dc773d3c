/**
 * The partner API client and the call control a softphone uses, each made on first use (creating a softphone
 * makes no client): the platform's call control (the default), the voice adapter's (BYO voice), or the app's
 * own. The partner client also places outbound calls, so it is shared, not made twice.
 */
import { type AgentClient, createAgentClient } from "@ccaas/partner-api/agent";
import type { SoftphoneOptions } from "../options";
import type { CallControl } from "./call-control";
import { createPlatformCallControl } from "./platform-call-control";
import { platformClientOf } from "./platform-client";
import { createVoiceAdapterCallControl } from "./voice-adapter-call-control";

export function lazyCallControl(options: SoftphoneOptions): {
  partnerClient: () => AgentClient;
  callControl: () => CallControl;
} {
  const { platformUrl, accessToken } = options;
  // The partner API client and the voice adapter get the app's fetch and logger, when it gave them.
  const http = {
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  };
  let partner: AgentClient | undefined;
  const partnerClient = (): AgentClient =>
    (partner ??= options.partnerClient
      ? platformClientOf(options.partnerClient)
      : createAgentClient({
          baseUrl: platformUrl,
          accessToken,
          templateVersion: options.templateVersion ?? "1",
          ...http,
        }));
  let control: CallControl | undefined;
  const callControl = (): CallControl => {
    const choice = options.callControl ?? "platform";
    control ??=
      choice === "platform"
        ? createPlatformCallControl(partnerClient())
        : choice === "voiceAdapter"
          ? createVoiceAdapterCallControl({ voiceProvider: options.voiceProvider!, accessToken, ...http })
          : choice;
    return control;
  };
  return { partnerClient, callControl };
}
