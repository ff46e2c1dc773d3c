/** Sign-in: user name and password for an access token (`loginAgent`), and who performs call control. */
import { createPartnerClient } from "@ccaas/partner-api";
import { defaultVoiceAdapterUrl, platformUrl } from "../config";
import { h } from "../dom";
import type { PhoneOptions } from "../phone";

export function signInView(onSignedIn: (options: PhoneOptions) => void): HTMLElement {
  const userName = h("input", {
    name: "userName",
    autocomplete: "username",
    required: true,
    value: "testAgent",
  });
  const password = h("input", {
    name: "password",
    type: "password",
    autocomplete: "current-password",
    required: true,
  });
  const callControl = h(
    "select",
    { name: "callControl" },
    h("option", { value: "platform" }, "Platform API"),
    h("option", { value: "voiceAdapter" }, "Voice adapter"),
  );
  const voiceAdapterUrl = h("input", { name: "voiceAdapterUrl", value: defaultVoiceAdapterUrl });
  const problem = h("p", { role: "alert" });

  const submit = async (event: Event) => {
    event.preventDefault();
    problem.textContent = "";
    try {
      // No partner secrets in a browser: an agent client only needs the platform's URL.
      const client = createPartnerClient({ baseUrl: platformUrl, templateVersion: "1" });
      const login = await client.loginAgent({ userName: userName.value, password: password.value });
      onSignedIn({
        userName: login.agent.userName,
        token: login.access_token,
        callControl: callControl.value === "voiceAdapter" ? "voiceAdapter" : "platform",
        voiceAdapterUrl: voiceAdapterUrl.value,
      });
    } catch (error) {
      problem.textContent = `Sign-in failed: ${error instanceof Error ? error.message : String(error)}`;
    }
  };

  return h(
    "form",
    { class: "card sign-in", "aria-label": "Sign in", onsubmit: submit },
    h("h1", {}, "Softphone"),
    h("label", {}, "User name", userName),
    h("label", {}, "Password", password),
    h("label", {}, "Call control", callControl),
    h("label", {}, "Voice adapter URL", voiceAdapterUrl),
    h("button", { type: "submit" }, "Sign in"),
    problem,
    h(
      "p",
      { class: "hint" },
      "Sandbox agents: testAgent (line appearance 100), laAgent (line appearance 1); password agent-password.",
    ),
  );
}
