/** Microphone and speaker pickers. A change applies to the calls in progress too. */
import { h } from "../dom";
import type { Phone } from "../phone";

export function devicesView(phone: Phone): HTMLElement {
  const microphone = h("select", {
    name: "microphone",
    onchange: () => phone.setMicrophone(microphone.value || null),
  });
  const speaker = h("select", {
    name: "speaker",
    onchange: () => phone.setSpeaker(speaker.value || null),
  });
  const refresh = async () => {
    const devices = await navigator.mediaDevices.enumerateDevices();
    fill(microphone, devices, "audioinput");
    fill(speaker, devices, "audiooutput");
  };
  navigator.mediaDevices.addEventListener("devicechange", refresh);
  // Device names are hidden until the page may use the microphone: ask once, up front.
  navigator.mediaDevices
    .getUserMedia({ audio: true })
    .then((stream) => {
      for (const track of stream.getTracks()) track.stop();
    })
    .catch(() => {})
    .finally(refresh);
  return h(
    "section",
    { class: "devices", "aria-labelledby": "devices-title" },
    h("h2", { id: "devices-title" }, "Devices"),
    h("label", {}, "Microphone", microphone),
    h("label", {}, "Speaker", speaker),
  );
}

function fill(select: HTMLSelectElement, devices: MediaDeviceInfo[], kind: MediaDeviceKind): void {
  const chosen = select.value;
  const options = devices
    .filter((device) => device.kind === kind && device.deviceId !== "default")
    .map((device, index) =>
      h(
        "option",
        { value: device.deviceId },
        device.label || `${kind === "audioinput" ? "Microphone" : "Speaker"} ${index + 1}`,
      ),
    );
  select.replaceChildren(h("option", { value: "" }, "System default"), ...options);
  select.value = chosen;
}
