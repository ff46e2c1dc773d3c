/**
 * The CRM wrapper (`?crmWrapper=<URL of its module>`), through `@ccaas/softphone/crm`: loaded after sign-in and
 * before the softphone connects, only from an origin this server allows (`GET /crm-config.json`, from
 * `CRM_ALLOWED_ORIGINS`). It hears about every call and may set the disposition codes, enable the dialpad
 * (`partner_config`), change the presence and place calls.
 */
import { CrmWrapperRefusedError, createCrmHost } from "@ccaas/softphone/crm";
import type { Phone } from "./phone";
import { presenceIds, presenceOf } from "./presence";

/** The wrapper URL the page was opened with, if any. */
export function crmWrapperUrl(): string | undefined {
  return new URLSearchParams(location.search).get("crmWrapper") ?? undefined;
}

/** The `partnerId` claim of the agent's access token (a JWT), when it has one. Only that claim is read. */
export function partnerIdFromToken(token: string): string | undefined {
  try {
    const payload = token.split(".")[1] ?? "";
    const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/"));
    const claim = (JSON.parse(json) as { partnerId?: unknown }).partnerId;
    return typeof claim === "string" ? claim : undefined;
  } catch {
    return undefined;
  }
}

async function allowedOrigins(): Promise<string[]> {
  const response = await fetch("/crm-config.json");
  if (!response.ok) throw new Error(`GET /crm-config.json answered ${response.status}`);
  const config = (await response.json()) as { allowedOrigins?: unknown };
  return Array.isArray(config.allowedOrigins) ? config.allowedOrigins.map(String) : [];
}

/**
 * Loads the wrapper and wires it to the phone. On a refusal or a failure the phone carries on as without one,
 * and the events log says why.
 */
export async function connectCrm(phone: Phone, wrapperUrl: string): Promise<void> {
  let origins: string[];
  try {
    origins = await allowedOrigins();
  } catch (error) {
    phone.note(
      `CRM wrapper error: no allow-list (${error instanceof Error ? error.message : String(error)})`,
    );
    return;
  }
  const partnerId = partnerIdFromToken(phone.options.token);
  const host = createCrmHost({
    wrapperUrl,
    allowedOrigins: origins,
    ...(partnerId ? { partnerId } : {}),
    currentStatus: () => presenceIds[phone.presence],
    loadTimeoutMs: 5_000,
  });
  host.on("loaded", ({ origin }) => phone.note(`CRM wrapper loaded from ${origin}`));
  host.on("called", ({ method }) => phone.note(`CRM ${method}`));
  host.on("error", (error) => phone.note(`CRM wrapper error: ${error.message}`));
  host.on("disposition", (codes) => phone.note(`CRM disposition codes: ${codes.join(", ")}`));
  host.on("partner_config", () => phone.note("CRM partner_config: the dialpad may place calls"));
  host.on("get_presence", () => phone.note("CRM get_presence"));
  host.on("update_presence", ({ softphoneId }) => {
    const presence = presenceOf(softphoneId);
    if (!presence) return phone.note(`CRM update_presence: unknown status ${softphoneId}, ignored`);
    phone.note(`CRM update_presence: ${presence}`);
    // Going away disconnects the softphone, which would end the calls in progress: not on the CRM's word.
    if (presence === "away" && (phone.lines.length > 0 || phone.incoming.length > 0)) {
      phone.note("CRM update_presence ignored during a call");
      host.statusChanged(presenceIds[phone.presence]);
      return;
    }
    void phone.setPresence(presence);
  });
  host.on("start_call", ({ dialTo, dialFrom }) => {
    phone.note(`CRM start_call ${dialTo}`);
    void phone.call(dialTo, dialFrom);
  });

  try {
    await host.load();
    phone.crm = host;
  } catch (error) {
    host.destroy();
    const text = error instanceof Error ? error.message : String(error);
    phone.note(
      CrmWrapperRefusedError.isInstance(error)
        ? `CRM wrapper refused: ${text}`
        : `CRM wrapper error: ${text}`,
    );
  }
}
