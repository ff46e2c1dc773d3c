/** The CRM's sample contacts. A real CRM looks the caller up in its own records. */

export interface Contact {
  name: string;
  /** E.164, as the softphone reports `callerANI` and `dialledTo`. */
  phone: string;
  account: string;
}

export const contacts: readonly Contact[] = [
  { name: "Ada Lovelace", phone: "+15555550100", account: "Analytical Engines Ltd" },
  { name: "Grace Hopper", phone: "+15555550142", account: "Compiler Travel Co" },
  { name: "Alan Turing", phone: "+15555550123", account: "Bletchley Tours" },
];

/** The contact with this number, ignoring spaces, dashes and brackets. */
export function findContact(number: string, list: readonly Contact[] = contacts): Contact | undefined {
  const digits = (value: string) => value.replace(/[^\d+]/g, "");
  return list.find((contact) => digits(contact.phone) === digits(number));
}

/** "Ada Lovelace (+15555550100)", or "Unknown caller +15555550199". */
export function describeNumber(number: string, contact = findContact(number)): string {
  return contact ? `${contact.name} (${number})` : `Unknown caller ${number}`;
}
