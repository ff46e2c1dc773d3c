/** The dialpad: type or tap a number and Call. During a call the keys send tones (DTMF) to the active line. */
import { h } from "../dom";
import type { Phone } from "../phone";

const keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#"];

export function dialpadView(phone: Phone): HTMLElement {
  const number = h("input", {
    name: "number",
    type: "tel",
    autocomplete: "off",
    placeholder: "+15555550123",
  });
  const press = (key: string) => {
    if (phone.lines.some((line) => line.active)) phone.sendDigits(key);
    else number.value += key;
  };
  const call = (event: Event) => {
    event.preventDefault();
    const value = number.value.trim();
    if (value && phone.canDial) phone.call(value);
  };
  const callButton = h("button", { type: "submit", class: "call", disabled: !phone.canDial }, "Call");
  // With a CRM wrapper, Call waits for its partner_config.
  phone.subscribe(() => {
    callButton.disabled = !phone.canDial;
  });
  return h(
    "form",
    { class: "dialpad", "aria-label": "Dialpad", onsubmit: call },
    h("label", {}, "Number", number),
    h(
      "div",
      { class: "keys" },
      ...keys.map((key) => h("button", { type: "button", onclick: () => press(key) }, key)),
    ),
    callButton,
  );
}
