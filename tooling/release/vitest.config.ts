import { config } from "@winerr/vitest-config";

export default config({
  test: {
    // npm installs, whole-catalog validation and PowerShell take seconds each.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // The install tests share npm's cache folder per file; run files one by one.
    fileParallelism: false,
  },
});
