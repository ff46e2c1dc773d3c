/** What the CRM page needs from its server (`GET /crm-config.json`, see server/crm-config.ts). */
import type { CrmCallbackPayloads } from "@ccaas/types";

export interface CrmHostConfig {
  /** softphone-web's URL; the iframe is loaded from it with `?crmWrapper=<this origin>/crm-wrapper.js`. */
  softphoneUrl: string;
  /** Sent as `partner_config`; absent when the server could not learn the partner id (see `problem`). */
  partnerConfig?: CrmCallbackPayloads["partner_config"];
  /** Why something is missing, for the page to show. */
  problem?: string;
}

/** The disposition codes this CRM records; sent to the softphone as `disposition`. */
export const dispositionCodes = ["Booking changed", "Refund issued", "Information given", "Escalated"];

export async function loadConfig(): Promise<CrmHostConfig> {
  const response = await fetch("/crm-config.json");
  if (!response.ok) throw new Error(`GET /crm-config.json answered ${response.status}.`);
  return (await response.json()) as CrmHostConfig;
}
