/** `pnpm build`: writes the static reference site. Options: --specs <dir> --out <dir> --packages <dir>. */
import { buildSite, formatReport } from "../src/build-site.ts";
import { parseDocsOptions } from "../src/cli-options.ts";

try {
  const report = await buildSite(parseDocsOptions(process.argv.slice(2), process.env));
  console.log(formatReport(report));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
