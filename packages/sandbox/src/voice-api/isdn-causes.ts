/**
 * Destinations that fail on purpose, so clients can test their failure paths (documented in the README).
 * Any other destination is answered and then hung up normally (cause 16).
 */
export const failingDestinations: Readonly<Record<string, { code: string; reason: string }>> = {
  "5500000000000": { code: "1", reason: "Unallocated (unassigned) number" },
  "5500000000002": { code: "2", reason: "No route to specified transit network" },
  "5500000000017": { code: "17", reason: "User busy" },
  "5500000000018": { code: "18", reason: "No user responding" },
  "5500000000019": { code: "19", reason: "No answer from user (user alerted)" },
  "5500000000021": { code: "21", reason: "Call rejected" },
  "5500000000034": { code: "34", reason: "No circuit/channel available" },
};

export const normalClearing = { code: "16", reason: "Normal call clearing" } as const;

/** What Call/Status reports before a call has ended: no cause yet. */
export const noCauseYet = { code: "0", reason: "Call in progress" } as const;
