import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    kafka: "src/kafka/index.ts",
    redis: "src/redis/index.ts",
    webhooks: "src/webhooks/index.ts",
    "interaction-processor": "src/interaction-processor/index.ts",
    crm: "src/crm/index.ts",
    // The `ccaas-adapter` bin (src/cli.ts starts with its shebang, which esbuild keeps).
    cli: "src/cli.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: "es2022",
});
