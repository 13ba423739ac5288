import { config } from "@winerr/vitest-config";

export default config({
  test: {
    setupFiles: ["test/setup.ts"],
    // Fixed colour level: frames are plain text.
    env: { FORCE_COLOR: "0", NO_COLOR: "" },
  },
});
