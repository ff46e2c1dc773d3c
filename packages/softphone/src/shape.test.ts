import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL(".", import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "testing" ? [] : sources(path);
    return /\.test(-d)?\.ts$/.test(name) || name === "testing.ts" ? [] : [path];
  });
}

describe("package shape", () => {
  it("imports no Node built-ins and nothing outside @ccaas (no polyfills, no heavy dependencies)", () => {
    for (const file of sources(root)) {
      const imports = [...readFileSync(file, "utf8").matchAll(/from "([^"]+)"/g)].map((m) => m[1] ?? "");
      for (const specifier of imports) {
        expect(`${file}: ${specifier}`).toMatch(
          /: (\.{1,2}\/|@ccaas\/(types|partner-api(\/internal|\/agent)?|validation\/precompiled)$)/,
        );
      }
    }
  });

  it("touches no browser global at import or creation (safe under server rendering)", async () => {
    const saved = {
      WebSocket: globalThis.WebSocket,
      RTCPeerConnection: (globalThis as { RTCPeerConnection?: unknown }).RTCPeerConnection,
      navigator: globalThis.navigator,
    };
    for (const name of Object.keys(saved)) {
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get() {
          throw new Error(`${name} was touched`);
        },
      });
    }
    try {
      const { createSoftphone } = await import("./index");
      const softphone = createSoftphone({ platformUrl: "https://platform.test", accessToken: "t0ken" });
      expect(softphone.status).toBe("idle");
      expect(softphone.getSessions()).toEqual([]);
      await softphone.destroy();
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        Object.defineProperty(globalThis, name, { configurable: true, writable: true, value });
      }
    }
  });
});
