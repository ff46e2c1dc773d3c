/** The console's header: the link to the softphone, the agent's softphone status and a presence switch. */
import type { SoftphoneFrameLink } from "@ccaas/adapter-kit/crm";
import { h } from "softphone-web/dom";
import { presences } from "../presence";

export function headerView(
  link: string,
  softphoneStatus: string,
  softphone: SoftphoneFrameLink,
): HTMLElement {
  const presence = h(
    "select",
    {
      "aria-label": "Set agent presence",
      onchange: (event: Event) => {
        const softphoneId = (event.target as HTMLSelectElement).value;
        if (softphoneId) softphone.callback("update_presence", { softphoneId });
      },
    },
    h("option", { value: "" }, "Change presence…"),
    ...presences.map(({ softphoneId, label }) => h("option", { value: softphoneId }, label)),
  );
  return h(
    "header",
    {},
    h("h1", {}, "Service Console"),
    h("p", {}, "Softphone link: ", h("span", { role: "status", "aria-label": "Softphone link" }, link)),
    h(
      "p",
      {},
      "Agent status: ",
      h("span", { role: "status", "aria-label": "Softphone status" }, softphoneStatus),
    ),
    presence,
  );
}
