import type { CrmWrapper } from "@ccaas/types";
import { InvalidCrmWrapperError } from "./errors/invalid-crm-wrapper-error";
import { crmMethods } from "./protocol";

/**
 * Types a CRM wrapper and checks, when it runs, that `load` and the seven contract functions are all there, so
 * a missing one fails where the wrapper is written instead of on the agent's first call. Export the result as
 * the module's default export: that is what the softphone loads.
 *
 * @throws {InvalidCrmWrapperError} naming every missing function.
 * @example
 * export default defineCrmWrapper({
 *   load(callback) {
 *     callback("disposition", ["Resolved", "Escalated"]);
 *   },
 *   incomingCall({ callerANI }) { showContact(callerANI); },
 *   callAccepted() {}, callRejected() {}, callEnded() {}, callNotesSubmitted() {},
 *   outboundCallInitiated() {}, statusChanged() {},
 * });
 */
export function defineCrmWrapper<Wrapper extends CrmWrapper>(implementation: Wrapper): Wrapper {
  const candidate = (
    typeof implementation === "object" && implementation !== null ? implementation : {}
  ) as Record<string, unknown>;
  const missing = ["load", ...crmMethods].filter((name) => typeof candidate[name] !== "function");
  if (missing.length > 0) throw new InvalidCrmWrapperError(missing);
  return implementation;
}
