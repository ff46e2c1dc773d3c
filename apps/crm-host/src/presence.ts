/**
 * softphone-web's presence statuses, by the `softphoneId` it reports in `statusChanged` and accepts in
 * `update_presence` (fixed ids, agreed with apps/softphone-web).
 */
export const presences = [
  { softphoneId: "6a1f3c2e-8d4b-4e7a-9c15-2b7d0e9f4a11", label: "Available" },
  { softphoneId: "b3e8d5a0-1c2f-4b6e-8a97-5d4c3b2a1f00", label: "Away" },
] as const;

/** "Available", "Away", or "Unknown status <id>" for an id this CRM does not know. */
export function presenceLabel(softphoneId: string): string {
  return (
    presences.find((presence) => presence.softphoneId === softphoneId)?.label ??
    `Unknown status ${softphoneId}`
  );
}
