import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    // Fixed colour level: frames are plain text.
    env: { FORCE_COLOR: "0", NO_COLOR: "" },
    testTimeout: 30_000,
  },
});
