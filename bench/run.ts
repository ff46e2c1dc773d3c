/** Runs every benchmark folder (or the ones named on the command line), one after the other. */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

const benchDir = import.meta.dirname;
const available = readdirSync(benchDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(benchDir, entry.name, "index.ts")))
  .map((entry) => entry.name)
  .sort();
const requested = process.argv.slice(2).filter((arg) => arg !== "--");
const unknown = requested.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark: ${unknown.join(", ")}. Available: ${available.join(", ")}`);
  process.exit(2);
}
let failed = 0;
for (const name of requested.length > 0 ? requested : available) {
  const result = spawnSync(
    process.execPath,
    ["--experimental-strip-types", join(benchDir, name, "index.ts")],
    {
      stdio: "inherit",
    },
  );
  if (result.status !== 0) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
