/** Runs the sample voice adapter (apps/voice-adapter) as its own process, registered with the sandbox. */
import { spawn } from "node:child_process";
import { realpathSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { Sandbox } from "@ccaas/sandbox";
import type { Service } from "./harness";

export interface VoiceAdapterService extends Service {
  /** Everything the adapter printed (one line per call-control request it handled). */
  readonly lines: string[];
}

export function startVoiceAdapter(sandbox: Sandbox): Promise<VoiceAdapterService> {
  const dir = realpathSync(join(import.meta.dirname, "../node_modules/voice-adapter"));
  const child = spawn(process.execPath, ["--experimental-strip-types", "src/main.ts"], {
    cwd: dir,
    env: { ...process.env, PORT: "0", PLATFORM_BASE_URL: sandbox.urls.base, REGISTER: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The voice adapter did not start:\n${lines.join("\n")}`)),
      15_000,
    );
    const onLine = (line: string) => {
      lines.push(line);
      const ready = /voice adapter ready at (http:\/\/\S+)/.exec(line);
      if (ready) {
        clearTimeout(timer);
        resolve({ env: { VOICE_ADAPTER_URL: ready[1] ?? "" }, lines, stop });
      }
    };
    createInterface({ input: child.stdout }).on("line", onLine);
    createInterface({ input: child.stderr }).on("line", onLine);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`The voice adapter exited with ${code}:\n${lines.join("\n")}`));
    });
  });
}
