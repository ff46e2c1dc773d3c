/**
 * prepareSession's dialogue: the request is checked against the spec before it leaves (so a password never
 * travels in a message the service would reject), and on a `confirm` answer the application is asked
 * (`onConfirm`) before the request is sent again, to the same instance, with `override: true`.
 */
import { CcaasError, type SafeLogger, ValidationError } from "@ccaas/types";
import { summarizeIssues } from "@ccaas/validation/precompiled";
import { type JsonObject, validateMessage } from "../protocol";
import type { ConfirmCallback, PrepareSessionParams, PrepareSessionResult } from "./client-options";
import { failureError } from "./failure-answer";
import type { InstanceLink } from "./instance-link";

/** Sends on a ready instance (preferring `prefer`), failing over once; what the client's `send` does. */
export type SendCommand = (
  command: string,
  data: JsonObject,
  prefer?: InstanceLink,
) => Promise<{ message: JsonObject; link: InstanceLink }>;

/** `confirmCallback` is read only when a `confirm` answer comes: the call's `onConfirm`, else the client's. */
export async function prepareSessionDialogue(
  send: SendCommand,
  log: SafeLogger,
  params: PrepareSessionParams,
  confirmCallback: () => ConfirmCallback | undefined,
): Promise<PrepareSessionResult> {
  const data = {
    model: params.model,
    override: params.override ?? false,
    agent: { id: params.agent?.id, password: params.agent?.password },
  };
  const issues = validateMessage("PrepareSessionRequest", { command: "prepareSession", data });
  if (issues.length > 0)
    throw new ValidationError(`prepareSession was not sent: ${summarizeIssues(issues)}.`, { issues });
  const agentId = data.agent.id as string;
  let override = data.override;
  let { message, link } = await send("prepareSession", data);
  if (message.result === "confirm") {
    const prompt = message.message as string;
    log.info?.(`${link.label} asks to confirm prepareSession for agent ${agentId}`);
    const ask = confirmCallback();
    const agreed = ask ? await ask(prompt, { agentId, instance: link.url }) : false;
    if (agreed !== true) return { status: "declined", message: prompt, instance: link.url };
    override = true;
    ({ message, link } = await send("prepareSession", { ...data, override }, link));
    if (message.result === "confirm")
      throw new CcaasError(
        `${link.label} asked for confirmation again after override: true; the session was not prepared.`,
        { code: "unexpected_confirm" },
      );
  }
  if (message.result === "failure") throw failureError(message, link);
  const sessionId = (message.resource as { id: string }).id;
  link.sessions.add(sessionId);
  log.info?.(`${link.label} prepared session ${sessionId} for agent ${agentId}`);
  return { status: "prepared", sessionId, instance: link.url, overridden: override };
}
