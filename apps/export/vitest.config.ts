import { config } from "@winerr/vitest-config";

export default config({
  // Whole-catalog exports, child processes and PowerShell take seconds.
  test: { testTimeout: 120_000 },
});
