import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "e2e/**/*.test.ts"],
    // Browser tests build the app once, then each file starts a sandbox, the app and Chromium.
    globalSetup: ["e2e/build-app.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: one browser and one sandbox at a time keep the audio timings honest.
    fileParallelism: false,
  },
});
