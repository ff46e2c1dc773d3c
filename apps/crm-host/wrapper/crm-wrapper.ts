/**
 * The CRM wrapper softphone-web loads from this CRM (`?crmWrapper=<crm origin>/crm-wrapper.js`): it forwards every
 * softphone call to the CRM page and relays the page's callbacks. Built into one ES module by ./vite.config.ts.
 */
import { createCrmPageWrapper } from "@ccaas/adapter-kit/crm";

// This module is served by the CRM, so the origin it was loaded from is the CRM page's.
export default createCrmPageWrapper({
  crmOrigin: new URL(import.meta.url).origin,
  logger: { warn: (line) => console.warn(line) },
});
