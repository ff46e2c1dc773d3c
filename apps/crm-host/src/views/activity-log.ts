/** The activity log: one entry per conversation, newest first. */

import { h } from "softphone-web/dom";
import { describeNumber } from "../contacts";
import { type ActivityEntry, formatDuration } from "../desk";

export function activityItems(entries: readonly ActivityEntry[]): HTMLElement[] {
  return entries.map((entry) => {
    const party = entry.number ? describeNumber(entry.number, entry.contact) : "an unknown party";
    const title = entry.direction === "inbound" ? `Inbound call from ${party}` : `Outbound call to ${party}`;
    const details = [
      entry.state,
      entry.duration !== undefined && `Duration ${formatDuration(entry.duration)}`,
      entry.disposition && `Disposition: ${entry.disposition}`,
      entry.notes && `Notes: ${entry.notes}`,
    ].filter((detail): detail is string => Boolean(detail));
    return h(
      "li",
      { class: "activity" },
      h("p", { class: "activity-title" }, title),
      h("p", { class: "activity-details" }, details.join(" · ")),
    );
  });
}
