import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Whole-catalog exports, child processes and PowerShell take seconds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
