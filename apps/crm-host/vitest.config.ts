import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "e2e/**/*.test.ts"],
    // Browser tests build softphone-web, this page and its wrapper once; each file then starts a sandbox, both
    // apps and Chromium.
    globalSetup: ["e2e/build-apps.ts"],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // Two cores: one browser and one sandbox at a time.
    fileParallelism: false,
  },
});
