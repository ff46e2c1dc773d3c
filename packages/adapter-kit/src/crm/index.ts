/**
 * @ccaas/adapter-kit/crm: write the CRM wrapper the softphone loads (seed: crm-softphone-contract.txt, wire
 * format: specs/messages/crm-contract.yaml). `defineCrmWrapper()` types and checks a wrapper; the CRM page link
 * carries the contract between a wrapper running in the softphone's iframe (`connectToCrmPage`,
 * `createCrmPageWrapper`) and the CRM page that embeds it (`connectSoftphoneFrame`), with explicit target
 * origins, origin and source checks, and a private MessagePort after the handshake. Browser code only.
 * Every export is listed by name.
 */
export type {
  CrmCallback,
  CrmCallbackEventType,
  CrmCallbackMessage,
  CrmCallbackPayloads,
  CrmCallMessage,
  CrmHelloMessage,
  CrmMethod,
  CrmMethodParams,
  CrmWelcomeMessage,
  CrmWrapper,
  Logger,
} from "@ccaas/types";
export {
  connectSoftphoneFrame,
  type SoftphoneFrameLink,
  type SoftphoneFrameOptions,
} from "./connect-softphone-frame";
export {
  type CrmPageCallback,
  type CrmPageLink,
  type CrmPageLinkOptions,
  connectToCrmPage,
} from "./connect-to-crm-page";
export { type CrmPageWrapperOptions, createCrmPageWrapper } from "./crm-page-wrapper";
export { defineCrmWrapper } from "./define-crm-wrapper";
export { CrmLinkError, type CrmLinkErrorCode } from "./errors/crm-link-error";
export { InvalidCrmWrapperError } from "./errors/invalid-crm-wrapper-error";
export { type CrmMessageEvent, crmMethods, crmProtocol, type PostTarget, type WindowLike } from "./protocol";
