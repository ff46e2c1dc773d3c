/** One card per call ringing here: who calls, from which number, Accept and Reject. */
import type { PendingSession } from "@ccaas/softphone";
import { h, keyed } from "../dom";
import { describeParty, otherParty } from "../lines";
import type { Phone } from "../phone";

interface Ringing {
  pending: PendingSession;
  caller: string;
  number: string;
}

export function renderIncoming(list: HTMLElement, phone: Phone): void {
  const conversations = phone.softphone?.getConversations() ?? [];
  const ringing = phone.incoming.map((pending): Ringing => {
    // The caller's name is in the conversation, which may arrive just after the pending session.
    const call = conversations.find((state) => state.conversationId === pending.conversationId);
    const party = call ? otherParty(call.conversation) : { caller: pending.address, number: pending.address };
    return { pending, ...party };
  });
  keyed(
    list,
    ringing,
    (item) => item.pending.conversationId,
    (item) => card(phone, item),
    (item) => `${item.pending.id} ${describeParty(item)}`,
  );
}

function card(phone: Phone, { pending, caller, number }: Ringing): HTMLElement {
  const { conversationId } = pending;
  return h(
    "li",
    { class: "card incoming", "aria-label": `Incoming call from ${describeParty({ caller, number })}` },
    h("p", { class: "caller" }, caller === number ? "Unknown caller" : caller),
    h("p", { class: "number" }, number),
    h(
      "div",
      { class: "actions" },
      h("button", { type: "button", class: "accept", onclick: () => phone.accept(conversationId) }, "Accept"),
      h("button", { type: "button", class: "reject", onclick: () => phone.reject(conversationId) }, "Reject"),
    ),
  );
}
