import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Each test runs the CLI as a child process against a local server.
    testTimeout: 20_000,
  },
});
