/** The contacts list: one row per contact with a click-to-dial button. */

import { h } from "softphone-web/dom";
import { type Contact, contacts } from "../contacts";

/** Without `dial` (no partner configuration) the buttons are disabled: the softphone could not place the call. */
export function contactsView(dial: ((contact: Contact) => void) | undefined): HTMLElement {
  return h(
    "table",
    { class: "contacts", "aria-label": "Contacts" },
    h(
      "thead",
      {},
      h("tr", {}, h("th", {}, "Name"), h("th", {}, "Account"), h("th", {}, "Phone"), h("th", {}, "")),
    ),
    h(
      "tbody",
      {},
      ...contacts.map((contact) =>
        h(
          "tr",
          {},
          h("td", {}, contact.name),
          h("td", {}, contact.account),
          h("td", {}, contact.phone),
          h(
            "td",
            {},
            h(
              "button",
              { type: "button", class: "call", disabled: !dial, onclick: () => dial?.(contact) },
              `Call ${contact.name}`,
            ),
          ),
        ),
      ),
    ),
  );
}
