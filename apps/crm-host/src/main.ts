/**
 * The CRM page: a service console that embeds softphone-web (another origin) in an iframe and links to the CRM
 * wrapper running inside it with `connectSoftphoneFrame`. The softphone's calls update the desk; the page's
 * buttons send callbacks (`start_call`, `update_presence`); on every handshake it sends its dispositions, its
 * partner configuration and asks for the presence.
 */
import { connectSoftphoneFrame } from "@ccaas/adapter-kit/crm";
import { h, show } from "softphone-web/dom";
import { dispositionCodes, loadConfig } from "./config";
import { CrmDesk } from "./desk";
import { activityItems } from "./views/activity-log";
import { contactsView } from "./views/contacts";
import { headerView } from "./views/header";
import { screenPopView } from "./views/screen-pop";

const root = document.getElementById("app") as HTMLElement;

const section = (title: string, props: Record<string, unknown>, ...content: HTMLElement[]) => {
  const id = `${title.toLowerCase().replaceAll(" ", "-")}-title`;
  return h("section", { "aria-labelledby": id, ...props }, h("h2", { id }, title), ...content);
};

async function start(): Promise<void> {
  const config = await loadConfig();
  const softphoneUrl = new URL(config.softphoneUrl);
  const frameUrl = new URL(softphoneUrl);
  frameUrl.searchParams.set("crmWrapper", new URL("/crm-wrapper.js", location.origin).href);
  const frame = h("iframe", { src: frameUrl.href, title: "Softphone", allow: "microphone; autoplay" });
  const softphone = connectSoftphoneFrame({
    frame,
    softphoneOrigin: softphoneUrl.origin,
    logger: { debug: (line) => console.debug(line) },
  });
  const desk = new CrmDesk();
  let link = `Waiting for the softphone at ${softphoneUrl.origin}…`;

  const header = h("div");
  const problem = h("div", { role: "alert" }, config.problem && h("p", {}, config.problem));
  const screenPop = h("div");
  const activity = h("ol", { class: "activity-log", "aria-label": "Activity log" });
  const render = () => {
    show(header, headerView(link, desk.softphoneStatus, softphone));
    show(screenPop, screenPopView(desk.screenPop));
    show(activity, ...activityItems(desk.activity));
  };
  desk.subscribe(render);

  softphone.on("incomingCall", (params) => desk.incomingCall(params));
  softphone.on("callAccepted", (params) => desk.callAccepted(params));
  softphone.on("callRejected", (params) => desk.callRejected(params));
  softphone.on("callEnded", (params) => desk.callEnded(params));
  softphone.on("callNotesSubmitted", (params) => desk.callNotesSubmitted(params));
  softphone.on("outboundCallInitiated", (params) => desk.outboundCallInitiated(params));
  softphone.on("statusChanged", (params) => desk.statusChanged(params));
  // Again after each softphone reload: a fresh wrapper knows nothing of this page.
  softphone.onConnect(() => {
    link = `Connected to ${softphoneUrl.origin}`;
    softphone.callback("disposition", dispositionCodes);
    if (config.partnerConfig) softphone.callback("partner_config", config.partnerConfig);
    softphone.callback("get_presence");
    render();
  });

  const { partnerConfig } = config;
  const dial = contactsView(
    partnerConfig &&
      ((contact) =>
        softphone.callback("start_call", {
          ...partnerConfig,
          dialTo: contact.phone,
          participantType: "Traveler",
        })),
  );
  render();
  show(
    root,
    h(
      "div",
      { class: "console" },
      header,
      problem,
      h(
        "div",
        { class: "columns" },
        h(
          "div",
          {},
          section("Screen pop", { role: "region" }, screenPop),
          section("Contacts", {}, dial),
          section("Activity log", {}, activity),
        ),
        h("aside", { class: "utility-bar", "aria-label": "Softphone" }, frame),
      ),
    ),
  );
}

start().catch((error: unknown) => {
  show(root, h("p", { role: "alert" }, `The CRM page could not start: ${String(error)}`));
});
