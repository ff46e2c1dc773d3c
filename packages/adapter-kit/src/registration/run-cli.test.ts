import { ApiError } from "@ccaas/types";
import { describe, expect, it, vi } from "vitest";
import type { RegisterAdapterReport } from "./register-adapter";
import { runCli } from "./run-cli";

const env = {
  CCAAS_PLATFORM_URL: "http://127.0.0.1:4700",
  CCAAS_PARTNER_ID: "215fd887-39be-4935-981f-2670d6afeaa7",
  CCAAS_CLIENT_ID: "sandbox-client",
  CCAAS_CLIENT_SECRET: "sandbox-secret-value",
};

const report: RegisterAdapterReport = {
  voiceProvider: {
    id: "394e3814-7562-4f25-a854-2b74e91ad15a",
    name: "acme-voice",
    created: true,
    updated: false,
    urls: {
      accept_call_url: "https://a.example/calls/accept",
      end_call_url: "https://a.example/calls/end",
      hold_call_url: "https://a.example/calls/hold",
      resume_call_url: "https://a.example/calls/resume",
      mute_call_url: "https://a.example/calls/mute",
      unmute_call_url: "https://a.example/calls/unmute",
      access_token_url: "https://a.example/token",
    },
  },
  phoneNumbers: [
    { id: "7c0f9a52-3d1e-4b8a-9f6e-2a5d8c4b1e07", phoneNumber: "+18883973342", action: "associated" },
  ],
};

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) } };
}

describe("ccaas-adapter register", () => {
  it("registers with flags and environment, and prints what it did (never the secret)", async () => {
    const register = vi.fn(async () => report);
    const { out, io: streams } = io();
    const code = await runCli(
      [
        "register",
        "--name",
        "acme-voice",
        "--adapter-url",
        "https://a.example",
        "--phone-number",
        "+18883973342",
      ],
      env,
      streams,
      register,
    );
    expect(code).toBe(0);
    expect(register).toHaveBeenCalledWith(
      expect.objectContaining({
        name: "acme-voice",
        adapterBaseUrl: "https://a.example",
        platformBaseUrl: "http://127.0.0.1:4700",
        clientSecret: "sandbox-secret-value",
        templateVersion: "1",
        phoneNumbers: ["+18883973342"],
      }),
    );
    const text = out.join("\n");
    expect(text).toContain("voice provider acme-voice (394e3814-7562-4f25-a854-2b74e91ad15a): created");
    expect(text).toContain("accept_call_url  https://a.example/calls/accept");
    expect(text).toContain("phone number +18883973342 (7c0f9a52-3d1e-4b8a-9f6e-2a5d8c4b1e07): associated");
    expect(text).not.toContain("sandbox-secret-value");
  });

  it("--json prints the report; phone numbers may come from CCAAS_PHONE_NUMBERS", async () => {
    const register = vi.fn(async () => report);
    const { out, io: streams } = io();
    const code = await runCli(
      ["register", "--json"],
      {
        ...env,
        CCAAS_VOICE_PROVIDER_NAME: "acme-voice",
        CCAAS_ADAPTER_URL: "https://a.example",
        CCAAS_PHONE_NUMBERS: "+1888, +1844",
      },
      streams,
      register,
    );
    expect(code).toBe(0);
    expect(JSON.parse(out.join("\n"))).toEqual(report);
    expect(register).toHaveBeenCalledWith(expect.objectContaining({ phoneNumbers: ["+1888", "+1844"] }));
  });

  it("exits 2 with the usage for a missing command or option", async () => {
    const register = vi.fn(async () => report);
    const missing = io();
    expect(await runCli(["register"], {}, missing.io, register)).toBe(2);
    expect(missing.err.join("\n")).toContain(
      "Missing --name, --adapter-url, --platform-url, --partner-id, --client-id, CCAAS_CLIENT_SECRET",
    );
    const none = io();
    expect(await runCli([], env, none.io, register)).toBe(2);
    const unknown = io();
    expect(await runCli(["register", "--bogus"], env, unknown.io, register)).toBe(2);
    const help = io();
    expect(await runCli(["--help"], env, help.io, register)).toBe(0);
    expect(help.out.join("\n")).toContain("Usage: ccaas-adapter register");
    expect(register).not.toHaveBeenCalled();
  });

  it("exits 1 with the platform's reason, the secret redacted", async () => {
    const register = vi.fn(async () => {
      throw new ApiError("401 from the partner API: bad credentials sandbox-secret-value", {
        status: 401,
        code: "unauthorized",
      });
    });
    const { err, io: streams } = io();
    const code = await runCli(
      ["register", "--name", "n", "--adapter-url", "https://a.example"],
      env,
      streams,
      register,
    );
    expect(code).toBe(1);
    expect(err.join("\n")).toContain("Registration failed [unauthorized]");
    expect(err.join("\n")).not.toContain("sandbox-secret-value");
  });
});
