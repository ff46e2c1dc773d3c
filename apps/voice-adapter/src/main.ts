/** `pnpm --filter voice-adapter start` (PORT from the environment); `--register` or REGISTER=1 registers it. */
import { readConfig } from "./config.ts";
import { startAdapter } from "./start-adapter.ts";

try {
  const config = readConfig(process.env, process.argv.slice(2));
  const adapter = await startAdapter(config);
  console.log(
    `voice adapter ready at ${adapter.publicUrl} (events to ${config.kafkaBrokers.length > 0 ? "Kafka" : config.platformBaseUrl})`,
  );
  const stop = async () => {
    await adapter.stop();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (error) {
  console.error(`voice adapter: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
