/**
 * What the phone does with each softphone event: the connection and station in the header, ringing calls in
 * the incoming list, sessions answered with the default microphone, conversation updates into lines and
 * wrap-ups, and one line per event in the "Softphone events" log.
 */
import type { Softphone, SoftphoneSession } from "@ccaas/softphone";
import type { Phone } from "./phone";

/** The first 8 characters of an id, for log lines. */
export const short = (id: string | undefined) => id?.slice(0, 8) ?? "none";

/** Follows `softphone` for `phone`; events of a softphone the phone has since replaced are ignored. */
export function followSoftphone(softphone: Softphone, phone: Phone): void {
  const mine = () => softphone === phone.softphone;
  softphone.on("connected", ({ reconnected }) => {
    if (!mine()) return;
    phone.connection = "connected";
    phone.note(reconnected ? "connected (reconnected, state re-synced)" : "connected");
  });
  softphone.on("disconnected", ({ code, willReconnect }) => {
    if (!mine()) return;
    phone.connection = willReconnect ? "reconnecting" : "offline";
    phone.note(`disconnected (${code})${willReconnect ? ", reconnecting" : ""}`);
  });
  softphone.on("reconnecting", ({ attempt, delayMs }) => {
    if (mine()) phone.note(`reconnect attempt ${attempt} in ${delayMs} ms`);
  });
  softphone.on("station", (station) => {
    if (!mine()) return;
    phone.station = station;
    phone.note(
      `station: line appearance ${station.webRtcCallAppearances}, persistent connection ${station.webRtcPersistentEnabled ? "on" : "off"}`,
    );
  });
  softphone.on("pendingSession", (pending) => {
    if (!mine()) return;
    // Calls this client placed are accepted by the SDK (autoAcceptOutbound): nothing to ask the agent.
    if (!(pending.direction === "outbound" && pending.autoAnswer))
      phone.incoming = [...phone.incoming, pending];
    phone.note(`pendingSession ${pending.direction} ${pending.address}${synthesised(pending)}`);
  });
  const ringingStopped = (conversationId: string, what: string) => {
    if (!mine()) return;
    phone.incoming = phone.incoming.filter((pending) => pending.conversationId !== conversationId);
    phone.note(what);
  };
  softphone.on("handledPendingSession", (handled) =>
    ringingStopped(
      handled.conversationId,
      `handledPendingSession ${handled.outcome}${handled.elsewhere ? " elsewhere" : ""}${synthesised(handled)}`,
    ),
  );
  softphone.on("cancelPendingSession", (cancelled) =>
    ringingStopped(cancelled.conversationId, `cancelPendingSession (${cancelled.reason})`),
  );
  softphone.on("sessionStarted", (session) => {
    if (!mine()) return;
    phone.note(`sessionStarted on connection ${short(session.id)}${synthesised(session)}`);
    watchSession(session, phone);
    // Answer the offer with the default microphone (a no-op for a call riding on a live connection).
    if (session.state === "starting") {
      softphone.acceptSession({ conversationId: session.conversationId }).catch((error) => phone.fail(error));
    }
  });
  softphone.on("sessionEnded", (session) => {
    if (mine()) phone.note(`sessionEnded (${session.endReason ?? "ended"})`);
  });
  softphone.on("conversationUpdate", (update) => {
    if (!mine()) return;
    phone.conversationUpdated(update);
    phone.note(
      `conversationUpdate: ${update.current.length} current, active ${short(update.activeConversationId)}`,
    );
  });
  softphone.on("error", (error) => phone.fail(error));
}

/** Per-session events (hold, mute, peer connection state) redraw the line at once. */
function watchSession(session: SoftphoneSession, phone: Phone): void {
  const stop = [
    session.on("held", () => phone.redrawLines()),
    session.on("muted", () => phone.redrawLines()),
    session.on("connectionState", (state) => phone.note(`connection ${short(session.id)}: ${state}`)),
  ];
  session.once("terminated", () => {
    for (const unsubscribe of stop) unsubscribe();
  });
}

function synthesised(item: { synthesized: boolean }): string {
  return item.synthesized ? " (synthesised)" : "";
}
