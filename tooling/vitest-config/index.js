// Plain JavaScript: vitest loads a config's package imports with Node itself.
import { defineConfig, mergeConfig } from "vitest/config";

/**
 * What every package's tests share. CI runs every package's tests at once on
 * two cores: generous timeouts keep property and process tests from failing
 * on load alone (speed is measured in benchmarks, never by a test's time).
 */
export const base = defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts", "test/**/*.test.tsx"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

/** The base with a package's own settings on top (arrays such as setupFiles add to the base's). */
export function config(own = {}) {
  return mergeConfig(base, defineConfig(own));
}
