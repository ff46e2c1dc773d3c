/** Builds the sample wrapper with the recipe (wrapper/vite.config.ts), in memory, for the dev server. */
import { fileURLToPath } from "node:url";
import { build, type Rolldown } from "vite";

export const wrapperConfigFile = fileURLToPath(new URL("../wrapper/vite.config.ts", import.meta.url));

export async function buildWrapperInMemory(): Promise<string> {
  const result = await build({ configFile: wrapperConfigFile, build: { write: false }, logLevel: "warn" });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((output) => output.output).find((file) => file.type === "chunk");
  if (chunk?.type !== "chunk") throw new Error("the wrapper build produced no module");
  return chunk.code;
}
