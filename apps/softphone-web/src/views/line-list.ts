/** The agent's lines: the active one marked, and Hold/Resume, Mute/Unmute and End on each. */
import { h, keyed } from "../dom";
import { describeParty, type Line } from "../lines";
import type { Phone } from "../phone";

export function renderLines(list: HTMLElement, phone: Phone): void {
  keyed(
    list,
    phone.lines,
    (line) => line.conversationId,
    (line) => lineView(phone, line),
  );
}

function lineView(phone: Phone, line: Line): HTMLElement {
  const id = line.conversationId;
  return h(
    "li",
    {
      class: `line${line.active ? " active" : ""}`,
      "aria-label": `${describeParty(line)}, ${line.status}${line.active ? ", active" : ""}`,
      "aria-current": line.active ? "true" : false,
    },
    h(
      "div",
      { class: "who" },
      h("span", { class: "caller" }, line.caller),
      h("span", { class: "number" }, line.caller === line.number ? "" : line.number),
      h("span", { class: "direction" }, line.direction === "inbound" ? "Inbound" : "Outbound"),
    ),
    h(
      "div",
      { class: "state" },
      line.active && h("strong", { class: "badge" }, "Active"),
      h("span", { class: "status" }, line.status),
      h(
        "small",
        { class: "connection-id", title: "The WebRTC session carrying this call" },
        `connection ${line.connectionId?.slice(0, 8) ?? "elsewhere"}`,
      ),
    ),
    h(
      "div",
      { class: "actions" },
      h(
        "button",
        { type: "button", onclick: () => phone.hold(id, !line.held) },
        line.held ? "Resume" : "Hold",
      ),
      h(
        "button",
        { type: "button", onclick: () => phone.mute(id, !line.muted) },
        line.muted ? "Unmute" : "Mute",
      ),
      h("button", { type: "button", class: "end", onclick: () => phone.end(id) }, "End"),
    ),
  );
}
