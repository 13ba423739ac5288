import { config } from "@winerr/vitest-config";

// The examples export the whole catalog and start PowerShell: seconds each on a loaded machine.
export default config({ test: { testTimeout: 180_000 } });
