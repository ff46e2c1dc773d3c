/** `node --run start` (PORT from the environment, default 4900); `node --run dev` is the same for `pnpm dev`. */
import { readConfig } from "./config.ts";
import { startService } from "./start-service.ts";

try {
  const config = readConfig(process.env);
  const service = await startService(config);
  console.log(
    `interaction processor ready at ${service.url} (instance-domain ${config.instanceDomain}; demo agents 1001, 1002, 1003, see the README)`,
  );
  const stop = async () => {
    await service.stop();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (error) {
  console.error(`interaction processor: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
