/**
 * `GET /crm-config.json` for the page: where softphone-web is and the partner configuration to send as
 * `partner_config`. The partner id is the sandbox's (`${SANDBOX_URL}/control/info`) unless `CRM_PARTNER_ID` sets
 * it. The environment is read on each request, so a test can start this server before it knows the softphone's URL.
 */
import type { CrmHostConfig } from "../src/config";

export const defaultSoftphoneUrl = "http://127.0.0.1:4300/";
export const defaultSandboxUrl = "http://127.0.0.1:4700";

/** softphone-web's URL (env `SOFTPHONE_URL`). */
export function softphoneUrl(): string {
  return process.env.SOFTPHONE_URL ?? defaultSoftphoneUrl;
}

/** Sample values: a real CRM knows its own business segment and channel. */
const sampleIds = {
  businessSegmentId: "d6afeaa7-39be-4935-981f-2670215fd887",
  channelOriginId: "57053e21-0440-4689-a27a-513d7dceebde",
};

async function partnerId(): Promise<string> {
  if (process.env.CRM_PARTNER_ID) return process.env.CRM_PARTNER_ID;
  const sandboxUrl = process.env.SANDBOX_URL ?? defaultSandboxUrl;
  const response = await fetch(`${sandboxUrl}/control/info`, { signal: AbortSignal.timeout(3000) });
  if (!response.ok) throw new Error(`${sandboxUrl}/control/info answered ${response.status}`);
  const info = (await response.json()) as { partnerApi?: { partnerId?: string } };
  if (!info.partnerApi?.partnerId) throw new Error(`${sandboxUrl}/control/info has no partnerApi.partnerId`);
  return info.partnerApi.partnerId;
}

export async function crmHostConfig(): Promise<CrmHostConfig> {
  try {
    return { softphoneUrl: softphoneUrl(), partnerConfig: { partnerId: await partnerId(), ...sampleIds } };
  } catch (error) {
    return {
      softphoneUrl: softphoneUrl(),
      problem:
        `Click-to-dial is off: the partner id could not be read (${error instanceof Error ? error.message : String(error)}). ` +
        "Start the sandbox (pnpm dev) or set CRM_PARTNER_ID.",
    };
  }
}
