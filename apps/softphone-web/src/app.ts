/** The signed-in screen: built once, its sections redrawn from the phone's state. */
import { h, show } from "./dom";
import type { Phone } from "./phone";
import { renderCallQuality } from "./views/call-quality";
import { devicesView } from "./views/devices";
import { dialpadView } from "./views/dialpad";
import { headerView } from "./views/header";
import { renderIncoming } from "./views/incoming";
import { renderLines } from "./views/line-list";
import { renderWrapUps } from "./views/wrap-up";

const section = (title: string, ...content: HTMLElement[]) => {
  const id = `${title.toLowerCase().replaceAll(" ", "-")}-title`;
  return h("section", { "aria-labelledby": id }, h("h2", { id }, title), ...content);
};

export function appView(phone: Phone, onSignOut: () => void): HTMLElement {
  const header = h("div");
  const problem = h("div", { role: "alert" });
  const incoming = h("ul", { class: "incoming-calls", "aria-label": "Incoming calls" });
  const lines = h("ul", { class: "lines", "aria-label": "Lines" });
  const quality = h("div");
  const wrapUps = h("ul", { class: "wrap-ups", "aria-label": "Wrap-up" });
  const history = h("ul", { class: "history", "aria-label": "Recent calls" });
  const events = h("ol", { class: "events", "aria-label": "Softphone events" });

  const render = (what: "state" | "stats") => {
    if (what === "stats") return renderCallQuality(quality, phone);
    show(header, headerView(phone, onSignOut));
    show(
      problem,
      phone.error &&
        h(
          "p",
          {},
          phone.error,
          " ",
          h("button", { type: "button", onclick: () => phone.dismissError() }, "Dismiss"),
        ),
    );
    renderIncoming(incoming, phone);
    renderLines(lines, phone);
    if (!phone.stats) renderCallQuality(quality, phone);
    renderWrapUps(wrapUps, history, phone);
    show(
      events,
      ...phone.events.map(({ at, text }) =>
        h(
          "li",
          {},
          h("time", { datetime: at.toISOString() }, at.toLocaleTimeString()),
          " ",
          h("span", {}, text),
        ),
      ),
    );
  };
  phone.subscribe(render);
  render("state");

  return h(
    "div",
    { class: "app" },
    header,
    problem,
    h(
      "div",
      { class: "columns" },
      h(
        "div",
        {},
        incoming,
        section("Lines", lines),
        section("Dialpad", dialpadView(phone)),
        section("Wrap-up", wrapUps, h("h3", {}, "Recent calls"), history),
      ),
      h("div", {}, section("Call quality", quality), devicesView(phone), section("Softphone events", events)),
    ),
  );
}
