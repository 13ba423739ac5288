// Fail on React act() warnings and on any stray console output.
import { afterEach, beforeEach, vi } from "vitest";

const seen: string[] = [];
for (const level of ["log", "info", "warn", "error", "debug"] as const) {
  beforeEach(() => {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      seen.push(`console.${level}: ${args.map(String).join(" ")}`);
    });
  });
}
afterEach(() => {
  vi.restoreAllMocks();
  const out = seen.splice(0);
  if (out.length > 0) throw new Error("Unexpected console output:\n" + out.join("\n"));
});
