import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { optionalTool } from "@winerr/host/testing";
import { render } from "ink-testing-library";
import { SYSTEM_MESSAGE_FILES } from "@winerr/host/message-override";
import { findMessage, readMessageTables } from "@winerr/msgtable";
import { catalog, detailAt, ipsec } from "../test/catalog.js";
import { App } from "./App.js";
import { detailLines } from "./detail-lines.js";
import { withOverride, type MessageOverride } from "./model.js";
import { parseTuiArgs, SystemError, systemOverride } from "./system.js";

const settle = () => new Promise((r) => setTimeout(r, 30));

describe("--system's message override", () => {
  const row = catalog.row(ipsec);
  // A text the catalog does not hold, made from the entry's own name.
  const text = `override for ${row[0]}`;
  const override: MessageOverride = (kind, value) => (kind === row[1] && value === row[2] ? { text, file: "/S/en-US/kernelbase.dll.mui", lang: 0x409 } : undefined);

  it("the detail shows the file's text and names the file and LANGID under Source", async () => {
    const lines = detailLines(catalog, withOverride(detailAt(ipsec), override));
    const at = lines.findIndex((l) => l.type === "section" && l.text === "Source");
    expect(lines[at + 1]).toEqual({ type: "text", text: "message: /S/en-US/kernelbase.dll.mui (LANGID 0x0409)" });

    const r = render(<App catalog={catalog} query={String(row[2])} size={{ columns: 100, rows: 40 }} color={false} messageOverride={override} />);
    await vi.waitFor(() => expect(r.lastFrame() ?? "").toContain(text), { timeout: 5_000 });
    await settle();
    expect(r.lastFrame()).toContain("message: /S/en-US/kernelbase.dll.mui (LANGID 0x0409)");
    r.unmount();
  });

  it("without an override text: the catalog's message, no message source", () => {
    const d = withOverride(detailAt(ipsec), () => undefined);
    expect(d).toEqual(detailAt(ipsec));
    expect(detailLines(catalog, d).some((l) => l.type === "text" && l.text.startsWith("message: "))).toBe(false);
  });

  it("refuses off Windows without WINERR_SYSTEM_ROOT, and --lang without --system", () => {
    expect(() => systemOverride({}, undefined, "linux")).toThrow(SystemError);
    expect(() => parseTuiArgs(["5", "--lang", "de-DE"])).toThrow(/--system/);
    expect(parseTuiArgs(["0x5", "--system", "--lang", "de-DE"])).toEqual({ query: "0x5", system: true, help: false, mouse: true, history: true, lang: "de-DE" });
    expect(parseTuiArgs(["--no-mouse", "--", "-5", "--system"])).toEqual({ query: "-5 --system", system: false, help: false, mouse: false, history: true });
  });
});

const wine = optionalTool("wine");

wine.describe("--system over a System32-like folder (Wine's kernelbase.dll)", () => {
  it("value 5: the text readMessageTables + findMessage give for en-US/kernelbase.dll.mui", () => {
    expect(SYSTEM_MESSAGE_FILES).toContain("kernelbase.dll");
    const root = mkdtempSync(join(tmpdir(), "winerr-tui-system-"));
    try {
      mkdirSync(join(root, "en-US"));
      const mui = join(root, "en-US", "kernelbase.dll.mui");
      copyFileSync(join(wine.need(), "kernelbase.dll"), mui);
      const want = findMessage(readMessageTables(readFileSync(mui)), 5);
      expect(want).toBeDefined();
      const got = systemOverride({ WINERR_SYSTEM_ROOT: root }, "de-DE", "linux")("win32", 5);
      expect(got).toEqual({ text: want?.text.replace(/[\r\n]+$/, ""), file: mui, lang: want?.lang });
      // Bug checks never take a module's text.
      expect(systemOverride({ WINERR_SYSTEM_ROOT: root }, "de-DE", "linux")("bugcheck", 5)).toBeUndefined();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
