import { config } from "@winerr/vitest-config";

export default config({
  // Whole-catalog exports, child processes and PowerShell take seconds; writing
  // every page (a beforeAll of test/pages.test.ts) took over 120 s on a loaded CI machine.
  test: { testTimeout: 120_000, hookTimeout: 300_000 },
});
