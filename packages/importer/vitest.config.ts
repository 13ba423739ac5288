import { config } from "@winerr/vitest-config";

export default config();
