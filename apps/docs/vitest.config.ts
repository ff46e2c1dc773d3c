import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Building the real specs bundles every file under specs/; the serve test waits for a child process.
    testTimeout: 30_000,
  },
});
