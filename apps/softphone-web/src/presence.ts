/** The agent's presences as a CRM knows them: each has a fixed `softphoneId` (`statusChanged`, `update_presence`). */
import type { Presence } from "./phone";

export const presenceIds: Record<Presence, string> = {
  available: "6a1f3c2e-8d4b-4e7a-9c15-2b7d0e9f4a11",
  away: "b3e8d5a0-1c2f-4b6e-8a97-5d4c3b2a1f00",
};

/** The presence with this `softphoneId`, if it is one of ours. */
export const presenceOf = (softphoneId: string): Presence | undefined =>
  (Object.keys(presenceIds) as Presence[]).find((presence) => presenceIds[presence] === softphoneId);
