// Fail on React act() warnings and on any stray console output.
import { loadPages } from "../src/pages.js";
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

// The page model is loaded after the first frame in the app (pages.ts); tests have it from the start.
await loadPages();
