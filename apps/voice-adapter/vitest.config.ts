import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The test starts the sandbox and the adapter on loopback ports.
    testTimeout: 20_000,
  },
});
