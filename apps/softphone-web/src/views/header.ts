/** Who is signed in, whether the softphone is connected, the station, and the agent's presence. */
import { h } from "../dom";
import type { Phone, Presence } from "../phone";

const connectionText = {
  offline: "Offline",
  connecting: "Connecting…",
  connected: "Connected",
  reconnecting: "Reconnecting…",
} as const;

export function headerView(phone: Phone, onSignOut: () => void): HTMLElement {
  const { station } = phone;
  const onCall = phone.lines.length > 0 || phone.incoming.length > 0;
  const presence = h(
    "select",
    {
      name: "presence",
      // Going away disconnects the softphone, which would end the calls in progress.
      disabled: onCall,
      onchange: (event: Event) => phone.setPresence((event.target as HTMLSelectElement).value as Presence),
    },
    h("option", { value: "available", selected: phone.presence === "available" }, "Available"),
    h("option", { value: "away", selected: phone.presence === "away" }, "Away"),
  );
  return h(
    "header",
    {},
    h("h1", {}, "Softphone"),
    h("span", { class: "agent" }, phone.options.userName),
    h(
      "span",
      { role: "status", "aria-label": "Connection", class: `connection ${phone.connection}` },
      connectionText[phone.connection],
    ),
    station &&
      h(
        "span",
        { class: "station" },
        `Line appearance ${station.webRtcCallAppearances}`,
        station.webRtcPersistentEnabled ? " · persistent connection" : "",
      ),
    h(
      "span",
      { class: "call-control" },
      phone.options.callControl === "voiceAdapter" ? "Voice adapter" : "Platform API",
    ),
    h("label", {}, "Presence ", presence),
    h("button", { type: "button", onclick: onSignOut }, "Sign out"),
  );
}
