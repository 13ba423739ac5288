import { config } from "@winerr/vitest-config";

export default config({
  // The CLI tests run the built bundle; build it once if it is stale.
  test: { globalSetup: ["test/global-setup.ts"] },
});
