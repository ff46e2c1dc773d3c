/** The screen pop: the caller's record as soon as the softphone reports an incoming call. */

import { h } from "softphone-web/dom";
import type { ScreenPop } from "../desk";

export function screenPopView(pop: ScreenPop | undefined): HTMLElement {
  if (!pop)
    return h("p", { class: "hint" }, "No call yet. The caller's record opens here when the phone rings.");
  const { contact, number } = pop;
  return h(
    "div",
    { class: `pop ${pop.state === "Incoming call" ? "ringing" : ""}` },
    h("p", { class: "pop-state" }, pop.state),
    h("h3", {}, contact ? contact.name : `Unknown caller ${number}`),
    h(
      "dl",
      {},
      h("dt", {}, "Phone"),
      h("dd", {}, number),
      contact && h("dt", {}, "Account"),
      contact && h("dd", {}, contact.account),
      pop.language && h("dt", {}, "Language"),
      pop.language && h("dd", {}, pop.language),
    ),
  );
}
