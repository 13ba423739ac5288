import { defineConfig } from "vitest/config";

// CI runs every package's tests at once on two cores: generous timeouts keep
// property and process tests from failing on load alone.
export default defineConfig({ test: { testTimeout: 60_000, hookTimeout: 120_000 } });
