/** After-call work: a disposition and notes for each call that ended, then the list of recent calls. */
import { h, keyed, show } from "../dom";
import { describeParty } from "../lines";
import type { Phone, WrapUp } from "../phone";

/** Offered unless the CRM wrapper sent its own codes (`disposition`). */
const defaultDispositions = ["Resolved", "Follow-up needed", "Transferred", "Wrong number", "Other"];

export function renderWrapUps(list: HTMLElement, history: HTMLElement, phone: Phone): void {
  // Keyed by call only: a form being filled in is never redrawn.
  keyed(
    list,
    phone.wrapUps,
    (call) => call.conversationId,
    (call) => form(phone, call),
    () => "",
  );
  show(
    history,
    ...phone.history.map((call) =>
      h(
        "li",
        {},
        h("span", {}, describeParty(call)),
        " · ",
        h("span", {}, call.disposition),
        call.notes && ` · ${call.notes}`,
      ),
    ),
  );
}

function form(phone: Phone, call: WrapUp): HTMLElement {
  const codes = phone.dispositionCodes.length > 0 ? phone.dispositionCodes : defaultDispositions;
  const disposition = h("select", { name: "disposition" }, ...codes.map((name) => h("option", {}, name)));
  const notes = h("textarea", { name: "notes", rows: 2 });
  const save = (event: Event) => {
    event.preventDefault();
    phone.saveWrapUp(call.conversationId, disposition.value, notes.value.trim());
  };
  return h(
    "li",
    {},
    h(
      "form",
      { class: "card wrap-up", "aria-label": `Wrap-up for ${describeParty(call)}`, onsubmit: save },
      h("p", {}, `Call with ${describeParty(call)} ended`),
      h("label", {}, "Disposition", disposition),
      h("label", {}, "Notes", notes),
      h("button", { type: "submit" }, "Save"),
    ),
  );
}
