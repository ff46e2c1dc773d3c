import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The smoke test starts the service on a loopback port.
    testTimeout: 20_000,
  },
});
