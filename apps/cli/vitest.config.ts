import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // The CLI tests run the built bundle; build it once if it is stale.
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 30_000,
  },
});
