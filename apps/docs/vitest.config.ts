import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Building the real site bundles every file under specs/ and type-checks every package's entry points
    // (seconds alone, tens of seconds on a loaded CI machine); the serve test waits for a child process.
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
