import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { render } from "ink-testing-library";
import { catalog, ipsec, ipsecGroup, ipsecHresult, ipsecLinks, ipsecName } from "../test/catalog.js";
import { PrintedEntry } from "@winerr/core/output-schema";
import { App } from "./App.js";
import { BINDINGS } from "./keys.js";

const KEY = {
  down: "\u001b[B",
  up: "\u001b[A",
  tab: "\t",
  enter: "\r",
  backspace: "\u007f",
  escape: "\u001b",
  ctrlY: "\u0019",
  ctrlO: "\u000f",
  ctrlT: "\u0014",
  ctrlF: "\u0006",
  pageDown: "\u001b[6~",
  pageUp: "\u001b[5~",
  home: "\u001b[H",
};

/** Let React commit and Ink draw after input. */
const settle = () => new Promise((r) => setTimeout(r, 30));

const frames = new WeakMap<object, () => string>();

/**
 * Types keys one at a time. After each, waits until the frame changes (up to
 * a bound: some keys change nothing) and then settles, so a loaded machine
 * does not turn a slow render into a failed assertion.
 */
async function press(stdin: { write: (s: string) => void }, ...keys: string[]) {
  const frame = frames.get(stdin) ?? (() => "");
  for (const k of keys) {
    const before = frame();
    stdin.write(k);
    const until = Date.now() + 500;
    while (frame() === before && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
    await settle();
  }
}

/** Renders the App and waits for its first frame (input hooks attach after it). */
async function setup(props: Partial<Parameters<typeof App>[0]> = {}, size = { columns: 80, rows: 24 }) {
  const r = render(<App catalog={catalog} size={size} color={false} {...props} />);
  const frame = () => r.lastFrame() ?? "";
  frames.set(r.stdin, frame);
  await vi.waitFor(() => expect(frame()).not.toBe(""), { timeout: 5_000 });
  await settle();
  return { ...r, frame };
}

describe("App", () => {
  it("opens with the query from the command line: the entry, its message and its forms (80x24)", async () => {
    const { frame, unmount } = await setup({ query: ipsecHresult });
    await settle();
    const f = frame();
    expect(f).toContain(ipsecName);
    expect(f).toContain("via HRESULT_FROM_WIN32");
    // The start of its message as winerror.h has it (plain words, no inserts).
    expect(f).toContain((catalog.row(ipsec)[3] ?? "").slice(0, 40));
    expect(f).toContain(`unsigned ${catalog.row(ipsec)[2]}`);
    expect(f).toContain("Related (computed; group: ");
    expect(f).toMatchSnapshot();
    unmount();
  });

  it("draws at 40x12 without breaking lines past the width", async () => {
    const { frame, unmount } = await setup({ query: ipsecHresult }, { columns: 40, rows: 12 });
    await settle();
    const lines = frame().split("\n");
    expect(lines.length).toBeLessThanOrEqual(11);
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(40);
    expect(frame()).toMatchSnapshot();
    unmount();
  });

  it("typing filters, Tab reads the page, Tab chooses a link, Enter jumps to it, Backspace goes back", async () => {
    const { frame, stdin, unmount } = await setup();
    await press(stdin, ...ipsecHresult);
    expect(frame()).toContain(ipsecName);
    await press(stdin, KEY.tab, KEY.tab, KEY.enter);
    expect(frame().split("\n")[0]).toContain(ipsecLinks[1]);
    expect(frame()).toMatchSnapshot();
    await press(stdin, KEY.backspace);
    expect(frame().split("\n")[0]).toContain(ipsecHresult);
    unmount();
  });

  it("? shows the key table's bindings; ? or Esc closes it", async () => {
    // A one-entry query, so the frame does not hold the catalog's size.
    const { frame, stdin, unmount } = await setup({ query: ipsecHresult }, { columns: 100, rows: 30 });
    await press(stdin, "?");
    expect(frame()).toMatch(/Keys 1-\d+ of \d+/);
    expect(frame()).toMatchSnapshot();
    // It scrolls: every binding of the table comes into view.
    let seen = frame();
    for (let k = 0; k < 6; k++) {
      await press(stdin, KEY.pageDown);
      seen += frame();
    }
    for (const b of BINDINGS) expect(seen).toContain(b.does.slice(0, 40));
    await press(stdin, KEY.home);
    await press(stdin, "x");
    expect(frame()).toMatch(/Keys 1-\d+ of \d+/);
    await press(stdin, "?");
    expect(frame()).not.toMatch(/Keys 1-\d+ of \d+/);
    unmount();
  });

  it("Ctrl+T cycles the kind filter; Ctrl+F picks a header", async () => {
    const { frame, stdin, unmount } = await setup();
    await press(stdin, KEY.ctrlT);
    expect(frame().split("\n")[0]).toContain("[win32]");
    await press(stdin, KEY.ctrlF);
    expect(frame()).toContain("Filter by header or facility");
    await press(stdin, KEY.down, KEY.enter);
    expect(frame().split("\n")[0]).toMatch(/\[win32 · \S+\.h\]/);
    unmount();
  });

  it("Ctrl+Y opens the copy menu, Enter copies through OSC 52; Ctrl+O prints the JSON and quits", async () => {
    const writeControl = vi.fn();
    const onPrint = vi.fn();
    const { frame, stdin, unmount } = await setup({ query: ipsecHresult, writeControl, onPrint });
    await press(stdin, KEY.ctrlY);
    expect(frame()).toContain("Copy " + ipsecName);
    await press(stdin, KEY.enter);
    const seq = writeControl.mock.calls[0]?.[0] as string;
    expect(seq.startsWith("\u001b]52;c;")).toBe(true);
    expect(Buffer.from(seq.slice(7, -1), "base64").toString()).toContain(ipsecName);
    // The status line is a second render: wait for it rather than a fixed time.
    await vi.waitFor(() => expect(frame()).toContain(`Copied ${ipsecName}`), { timeout: 5_000 });
    await press(stdin, KEY.ctrlO);
    await vi.waitFor(() => expect(onPrint).toHaveBeenCalled(), { timeout: 5_000 });
    // The contract of what Ctrl+O prints (docs/contracts.md, "Machine output"), every field described.
    const printed = JSON.parse(onPrint.mock.calls[0]?.[0] as string) as unknown;
    const json = PrintedEntry.parse(printed);
    expect(json).toEqual(printed);
    expect(json.name).toBe(ipsecName);
    expect(json.value).toBe(catalog.row(ipsec)[2]);
    unmount();
  });

  it("shows the page's guidance, labelled as ours, and its questions", async () => {
    const { frame, unmount } = await setup({ query: ipsecHresult }, { columns: 100, rows: 80 });
    await settle();
    expect(frame()).toContain(`Guidance: ${ipsecGroup.title}`);
    expect(frame()).toContain("written by the WinErr authors, not by Microsoft");
    expect(frame()).toContain("Questions (answers computed from the catalog)");
    unmount();
  });

  it("PgDn in the detail scrolls its page down to the guidance and questions at 80x24; Tab shows the next link again", async () => {
    const { frame, stdin, unmount } = await setup({ query: ipsecHresult });
    await settle();
    expect(frame()).not.toContain("Questions (answers computed from the catalog)");
    await press(stdin, KEY.tab, KEY.pageDown);
    let seen = frame();
    for (let k = 0; k < 6 && !seen.includes("Questions"); k++) {
      await press(stdin, KEY.pageDown);
      seen += frame();
    }
    expect(seen).toContain(`Guidance: ${ipsecGroup.title}`);
    expect(seen).toContain("Questions (answers computed from the catalog)");
    // OSC 8 hyperlinks (the web links) take no cells.
    for (const line of frame().replace(/\u001b\]8;;[^\u001b]*\u001b\\/g, "").split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
    await press(stdin, KEY.tab);
    expect(frame()).toContain("▸ ");
    unmount();
  });
});

describe("README", () => {
  // The README's screen captures (100x30, `winerr-tui 0x80073621`) are what the App draws now.
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const captures = [...readme.slice(readme.indexOf("## Main screen")).matchAll(/^```\n(.*?)^```/gms)].slice(0, 2).map((m) => m[1] ?? "");
  const trimmed = (text: string) => text.split("\n").map((l) => l.trimEnd()).join("\n").replace(/\n+$/, "");

  it("main screen, then Enter and Tab Tab (the third link chosen)", async () => {
    expect(captures).toHaveLength(2);
    const { frame, stdin, unmount } = await setup({ query: ipsecHresult }, { columns: 100, rows: 30 });
    await settle();
    expect(trimmed(frame())).toBe(trimmed(captures[0] as string));
    await press(stdin, KEY.enter, KEY.tab, KEY.tab);
    expect(trimmed(frame())).toBe(trimmed(captures[1] as string));
    unmount();
  });
});
