// winerr-tui in a real terminal: tmux (on a private socket) runs the built
// bundle at a fixed size, keys are sent, the screen is captured and checked.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { optionalTool } from "@winerr/host/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { catalog, detailAt, ipsec, ipsecHresult, ipsecName } from "./catalog.js";
import { linksOf } from "../src/model.js";

const here = dirname(fileURLToPath(import.meta.url));
const main = join(here, "..", "dist", "main.js");
const socket = `winerr-tui-e2e-${process.pid}`;
const work = mkdtempSync(join(tmpdir(), "winerr-tui-"));

// tmux is a Debian package that .ci/run installs; elsewhere the suite is skipped (@winerr/host).
const tmuxTool = optionalTool("tmux");

function tmux(...args: string[]): string {
  return execFileSync(tmuxTool.need(), ["-L", socket, "-f", "/dev/null", ...args], { encoding: "utf8" });
}

/** Starts `command` in a new 80x24 session; returns its name. */
function start(name: string, command: string): string {
  tmux("new-session", "-d", "-s", name, "-x", "80", "-y", "24", `${command}; echo "EXIT=$?"; sleep 600`);
  tmux("set-option", "-s", "escape-time", "10");
  return name;
}

const screen = (s: string, escapes = false) => tmux("capture-pane", "-p", ...(escapes ? ["-e"] : []), "-t", s);
const keys = (s: string, ...k: string[]) => tmux("send-keys", "-t", s, ...k);
const type = (s: string, text: string) => tmux("send-keys", "-t", s, "-l", text);

async function waitFor(s: string, test: (screen: string) => boolean, what: string): Promise<string> {
  const until = Date.now() + 10_000;
  for (;;) {
    const text = screen(s);
    if (test(text)) return text;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; screen:\n${text}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const firstLine = (text: string) => text.split("\n")[0] ?? "";
// Ink draws only the last frame when CI is set (is-in-ci), so the child runs without it.
// A UTF-8 locale unless a test sets another (an unset locale is "C": ASCII).
// History goes to a folder of the test's own (XDG_STATE_HOME).
const node = `env -u FORCE_COLOR -u CI -u LC_ALL -u LC_CTYPE LANG=C.UTF-8 TERM=xterm-256color XDG_STATE_HOME=${work}/state ${process.execPath} ${main}`;
/** A tmux format of the pane (#{alternate_on}, #{cursor_flag}). */
const pane = (s: string, format: string) => tmux("display-message", "-p", "-t", s, format).trim();
/** The query line's text (after the prompt, before the count). */
const queryOf = (text: string) => /^\S\s(.*?)\s{2,}\S*$/.exec(firstLine(text))?.[1] ?? firstLine(text).slice(2).trimEnd();
const frameReady = (t: string) => /\d+\/\d+\s*$|\s0\s*$/.test(firstLine(t));

beforeAll(() => {
  // The bundle from the current sources (build.mjs needs no tsc).
  execFileSync(process.execPath, [join(here, "..", "build.mjs")], { stdio: "inherit" });
});

afterAll(() => {
  if (tmuxTool.available) spawnSync(tmuxTool.need(), ["-L", socket, "kill-server"]);
  rmSync(work, { recursive: true, force: true });
});

tmuxTool.describe("winerr-tui in tmux", () => {
  it("type a code, move to a neighbour, go back, open help, quit cleanly", async () => {
    const s = start("flow", `NO_COLOR=1 ${node}`);
    await waitFor(s, (t) => /1\/\d+\s*$/.test(firstLine(t)), "the first frame");
    type(s, ipsecHresult);
    const message = (catalog.row(ipsec)[3] ?? "").split(/\s+/).slice(0, 6).join(" ");
    let t = await waitFor(s, (x) => x.includes(ipsecName) && x.includes(message), "the entry and its message");
    expect(firstLine(t)).toContain(ipsecHresult);

    const neighbour = catalog.row(linksOf(detailAt(ipsec))[1] as number)[0];
    await waitFor(s, (x) => x.includes("Related (computed"), "the page");
    keys(s, "Tab", "Tab", "Enter");
    t = await waitFor(s, (x) => firstLine(x).includes(neighbour), "the neighbour");

    keys(s, "BSpace");
    t = await waitFor(s, (x) => firstLine(x).includes(ipsecHresult), "back");
    expect(t).toContain(ipsecName);

    keys(s, "?");
    t = await waitFor(s, (x) => /Keys 1-\d+ of/.test(x), "help");
    keys(s, "Escape");
    await waitFor(s, (x) => !/Keys 1-\d+ of/.test(x), "help closed");

    // Esc: leaves the page, clears the query, then quits with 0.
    keys(s, "Escape");
    await waitFor(s, (x) => x.includes("Enter read"), "the list");
    keys(s, "Escape");
    await waitFor(s, (x) => queryOf(x) === "" && frameReady(x), "the query cleared");
    keys(s, "Escape");
    t = await waitFor(s, (x) => x.includes("EXIT="), "exit");
    expect(t).toContain("EXIT=0");
    // The alternate screen is left: nothing of the UI stays behind.
    expect(t).not.toContain(ipsecName);
  });

  it("a burst of keys in one send: three Ctrl+N move three times, six Backspaces delete six characters", async () => {
    const s = start("burst", `NO_COLOR=1 ${node}`);
    await waitFor(s, (t) => /1\/\d+\s*$/.test(firstLine(t)), "the first frame");
    keys(s, "C-n", "C-n", "C-n");
    await waitFor(s, (t) => /\b4\/\d+\s*$/.test(firstLine(t)), "the fourth entry selected");
    type(s, ipsecHresult);
    await waitFor(s, (t) => queryOf(t) === ipsecHresult && t.includes(ipsecName), "the code typed");
    keys(s, "BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace");
    const t = await waitFor(s, (x) => queryOf(x) === ipsecHresult.slice(0, -6), "six characters deleted");
    expect(t).not.toContain("EXIT=");
    keys(s, "C-c");
  });

  it("paste with Enter: a bracketed paste and typed text with Enter both search and open the page", async () => {
    const s = start("paste", `NO_COLOR=1 ${node}`);
    await waitFor(s, (t) => /1\/\d+\s*$/.test(firstLine(t)), "the first frame");
    tmux("set-buffer", "-b", "winerr", ipsecHresult + "\n");
    tmux("paste-buffer", "-p", "-b", "winerr", "-t", s);
    let t = await waitFor(s, (x) => queryOf(x) === ipsecHresult && x.includes("Tab link"), "the page after the paste");
    expect(t).toContain(ipsecName);
    keys(s, "q");
    await waitFor(s, (x) => x.includes("Enter read"), "the list");
    keys(s, "C-u");
    await waitFor(s, (x) => queryOf(x) === "" && frameReady(x), "the query cleared");
    // Not bracketed (tmux sends the text and Enter in one write).
    keys(s, ipsecHresult, "Enter");
    t = await waitFor(s, (x) => queryOf(x) === ipsecHresult && x.includes("Tab link"), "the page after text and Enter");
    expect(t).toContain(ipsecName);
    keys(s, "C-c");
  });

  it("each editing key: Ctrl+A/E/W/U/K, Left/Right, Delete, Alt+Backspace, Alt+B/F", async () => {
    const s = start("edit", `NO_COLOR=1 ${node}`);
    await waitFor(s, (t) => /1\/\d+\s*$/.test(firstLine(t)), "the first frame");
    const step = async (what: string, want: string, ...k: string[]) => {
      keys(s, ...k);
      // The line ends in spaces up to the count: a trailing space of the query is not seen.
      await waitFor(s, (x) => queryOf(x) === want.trimEnd(), `${what}: ${JSON.stringify(want)}`);
    };
    type(s, "abc def");
    await waitFor(s, (x) => queryOf(x) === "abc def", "typed");
    await step("Ctrl+A", "Xabc def", "C-a", "X");
    await step("Ctrl+E", "Xabc defY", "C-e", "Y");
    await step("Left", "Xabc deZfY", "Left", "Left", "Z");
    await step("Right", "Xabc deZfWY", "Right", "W");
    await step("Alt+B", "Xabc QdeZfWY", "M-b", "Q");
    await step("Alt+F", "Xabc QdeZfWYR", "M-f", "R");
    await step("Ctrl+W", "Xabc ", "C-w");
    await step("Alt+Backspace", "Xabc 1-", "1", "-", "2", "M-BSpace");
    await step("Ctrl+A, Delete", "abc 1-", "C-a", "DC");
    await step("Ctrl+K", "", "C-k");
    await step("Ctrl+U", "def", "a", "b", "c", " ", "d", "e", "f", "Left", "Left", "Left", "C-u");
    keys(s, "C-c");
  });

  it("Esc with the filter picker open closes the picker only; Ctrl+C then exits 130", async () => {
    const s = start("esc", `NO_COLOR=1 ${node} ${ipsecHresult}`);
    await waitFor(s, (x) => x.includes(ipsecName), "first frame");
    keys(s, "C-f");
    await waitFor(s, (x) => x.includes("Filter by header or facility"), "the picker");
    keys(s, "Escape");
    const t = await waitFor(s, (x) => !x.includes("Filter by header or facility") && x.includes(ipsecName), "the picker closed");
    expect(queryOf(t)).toBe(ipsecHresult);
    expect(t).not.toContain("EXIT=");
    keys(s, "C-c");
    expect(await waitFor(s, (x) => x.includes("EXIT="), "exit")).toContain("EXIT=130");
  });

  it("LANG=C: the same screen in ASCII", async () => {
    const s = start("ascii", `NO_COLOR=1 ${node.replace("LANG=C.UTF-8", "LANG=C")} ${ipsecHresult}`);
    const t = await waitFor(s, (x) => x.includes(ipsecName) && x.includes("? help"), "first frame");
    // eslint-disable-next-line no-control-regex
    expect(t).toMatch(/^[\u0000-\u007f]*$/);
    expect(firstLine(t)).toMatch(/^> /);
    expect(t).toContain(">" + ipsecName);
    keys(s, "C-c");
  });

  it("SIGTERM and SIGHUP: the screen is restored (main screen, cursor shown), exit 143 and 129", async () => {
    for (const [signal, code] of [["TERM", 143], ["HUP", 129]] as const) {
      const pid = join(work, `pid-${signal}`);
      const s = start(`sig${signal}`, `NO_COLOR=1 sh -c 'echo $$ > ${pid}; exec ${node} ${ipsecHresult}'`);
      await waitFor(s, (x) => x.includes(ipsecName), "first frame");
      expect(pane(s, "#{alternate_on}")).toBe("1");
      process.kill(Number(readFileSync(pid, "utf8")), `SIG${signal}`);
      const t = await waitFor(s, (x) => x.includes("EXIT="), "exit");
      expect(t).toContain(`EXIT=${code}`);
      expect(t).not.toContain(ipsecName);
      expect(pane(s, "#{alternate_on}")).toBe("0");
      expect(pane(s, "#{cursor_flag}")).toBe("1");
    }
  });

  it("Ctrl+L redraws over what else wrote to the terminal; Ctrl+Z suspends, SIGCONT resumes", async () => {
    const pid = join(work, "pid-z");
    const s = start("redraw", `NO_COLOR=1 sh -c 'echo $$ > ${pid}; exec ${node} ${ipsecHresult}'`);
    // Ink's frame with the page, not the plain first paint (paint.ts), which Ink's first frame replaces whole.
    await waitFor(s, (x) => x.includes(ipsecName) && x.includes("Related (computed"), "the page");
    const tty = pane(s, "#{pane_tty}");
    execFileSync("sh", ["-c", `printf 'STRAY-OUTPUT' > ${tty}`]);
    await waitFor(s, (x) => x.includes("STRAY-OUTPUT"), "the stray output");
    keys(s, "C-l");
    let t = await waitFor(s, (x) => !x.includes("STRAY-OUTPUT") && x.includes("Redrawn."), "redrawn");
    expect(t).toContain(ipsecName);
    keys(s, "C-z");
    await waitFor(s, () => pane(s, "#{alternate_on}") === "0", "suspended: the main screen");
    process.kill(Number(readFileSync(pid, "utf8")), "SIGCONT");
    t = await waitFor(s, (x) => x.includes(ipsecName) && x.includes("Resumed."), "resumed");
    expect(pane(s, "#{alternate_on}")).toBe("1");
    keys(s, "j");
    await waitFor(s, (x) => !x.includes("Resumed."), "keys read again");
    keys(s, "C-c");
    expect(await waitFor(s, (x) => x.includes("EXIT="), "exit")).toContain("EXIT=130");
  });

  it("mouse reports on (the wheel scrolls) unless --no-mouse; off again on exit", async () => {
    const on = start("mouse", `NO_COLOR=1 ${node} ${ipsecHresult}`);
    const off = start("nomouse", `NO_COLOR=1 ${node} --no-mouse ${ipsecHresult}`);
    await waitFor(on, (x) => x.includes(ipsecName), "first frame");
    await waitFor(off, (x) => x.includes(ipsecName), "first frame");
    expect([pane(on, "#{mouse_sgr_flag}"), pane(on, "#{mouse_standard_flag}")]).toEqual(["1", "1"]);
    expect([pane(off, "#{mouse_sgr_flag}"), pane(off, "#{mouse_standard_flag}")]).toEqual(["0", "0"]);
    keys(on, "C-c");
    await waitFor(on, (x) => x.includes("EXIT="), "exit");
    expect([pane(on, "#{mouse_sgr_flag}"), pane(on, "#{mouse_standard_flag}")]).toEqual(["0", "0"]);
    keys(off, "C-c");
  });

  it("piped text is the query and keys come from the terminal, as fzf", async () => {
    const s = start("stdin", `printf '%s\\n' ${ipsecHresult} | NO_COLOR=1 ${node}`);
    const t = await waitFor(s, (x) => queryOf(x) === ipsecHresult && x.includes(ipsecName), "the piped query");
    expect(t).not.toContain("EXIT=");
    keys(s, "Enter");
    await waitFor(s, (x) => x.includes("Tab link"), "the page, opened by a key from the terminal");
    keys(s, "C-c");
    expect(await waitFor(s, (x) => x.includes("EXIT="), "exit")).toContain("EXIT=130");
  });

  it("a web link of the page: shown in full, Shift+Tab chooses it, o opens it with $BROWSER", async () => {
    const opened = join(work, "opened.txt");
    const browser = join(work, "browser.sh");
    writeFileSync(browser, `#!/bin/sh\nprintf '%s' "$1" > ${opened}\n`, { mode: 0o755 });
    const refs = detailAt(ipsec).page.guidance?.refs ?? [];
    const last = refs[refs.length - 1] ?? "";
    expect(last).toMatch(/^https:/);
    const s = start("link", `NO_COLOR=1 BROWSER=${browser} ${node} ${ipsecHresult}`);
    await waitFor(s, (x) => x.includes(ipsecName), "first frame");
    keys(s, "Enter");
    // The page model loads after the first frame: its links are there once the related codes are.
    await waitFor(s, (x) => x.includes("Tab link") && x.includes("Related (computed"), "the page");
    keys(s, "BTab");
    await waitFor(s, (x) => x.replace(/\n {2}/g, "").includes("▸ " + last), "the last web link chosen, in full");
    keys(s, "o");
    await waitFor(s, () => existsSync(opened) && readFileSync(opened, "utf8") === last, "the browser started with the link");
    keys(s, "C-c");
  });

  it("history: a page opened is listed first next time (recent), in the XDG state folder; --no-history neither reads nor saves", async () => {
    const state = join(work, "history-state");
    const cmd = node.replace(`XDG_STATE_HOME=${work}/state`, `XDG_STATE_HOME=${state}`);
    let s = start("hist1", `NO_COLOR=1 ${cmd} ${ipsecHresult}`);
    await waitFor(s, (x) => x.includes(ipsecName), "first frame");
    keys(s, "Enter");
    await waitFor(s, (x) => x.includes("Tab link"), "the page");
    keys(s, "Escape", "Escape", "Escape");
    await waitFor(s, (x) => x.includes("EXIT=0"), "exit");
    expect(JSON.parse(readFileSync(join(state, "winerr", "tui-history.json"), "utf8"))).toEqual({ version: 1, visits: [{ kind: "win32", name: ipsecName, index: ipsec }] });
    s = start("hist2", `NO_COLOR=1 ${cmd}`);
    let t = await waitFor(s, (x) => frameReady(x), "first frame");
    expect(t.split("\n")[1]).toMatch(new RegExp(`^▸${ipsecName}\\s.*recent`));
    expect(firstLine(t)).toMatch(new RegExp(`1/${catalog.size + 1}\\s*$`));
    keys(s, "C-c");
    s = start("hist3", `NO_COLOR=1 ${cmd} --no-history`);
    t = await waitFor(s, (x) => frameReady(x), "first frame");
    expect(t).not.toContain("recent");
    expect(firstLine(t)).toMatch(new RegExp(`1/${catalog.size}\\s*$`));
    keys(s, "C-c");
  });

  it("TERM=dumb: one clear line instead of a screen, exit 2", async () => {
    const s = start("dumb", `${node.replace("TERM=xterm-256color", "TERM=dumb")} ${ipsecHresult}`);
    const t = await waitFor(s, (x) => x.includes("EXIT="), "exit");
    expect(t).toContain("EXIT=2");
    expect(t).toMatch(/winerr-tui: TERM=dumb cannot draw a screen/);
    expect(t).not.toContain(ipsecName);
  });

  it("NO_COLOR draws without colours; colour is used otherwise", async () => {
    const plain = start("plain", `NO_COLOR=1 ${node} ${ipsecHresult}`);
    const coloured = start("coloured", `FORCE_COLOR=1 ${node} ${ipsecHresult}`);
    // Ink's frames (the page drawn), not the plain first paint (paint.ts) before them.
    await waitFor(plain, (x) => x.includes(ipsecName) && x.includes("Related (computed"), "plain frame");
    await waitFor(coloured, (x) => x.includes(ipsecName) && x.includes("Related (computed"), "coloured frame");
    // SGR foreground colours: 30-37, 90-97, 38;...
    const colour = /\u001b\[(?:[0-9;]*;)?(?:3[0-7]|9[0-7]|38)[;m]/;
    expect(screen(plain, true)).not.toMatch(colour);
    expect(screen(coloured, true)).toMatch(colour);
  });

  it("survives resizing down to 40x12 and back", async () => {
    const s = start("resize", `${node} ${ipsecHresult}`);
    await waitFor(s, (x) => x.includes(ipsecName), "first frame");
    tmux("resize-window", "-t", s, "-x", "40", "-y", "12");
    const small = await waitFor(s, (x) => x.split("\n")[0]?.trimEnd().endsWith("1/1") === true && x.includes("──"), "40x12 frame");
    for (const line of small.split("\n")) expect([...line].length).toBeLessThanOrEqual(40);
    tmux("resize-window", "-t", s, "-x", "30", "-y", "6");
    tmux("resize-window", "-t", s, "-x", "100", "-y", "30");
    await waitFor(s, (x) => x.includes("Related (computed"), "100x30 frame");
    keys(s, "C-c");
    expect(await waitFor(s, (x) => x.includes("EXIT="), "exit")).toContain("EXIT=130");
  });

  it("Ctrl+O ends a pipeline: the screen goes to stderr, the entry's JSON to stdout", async () => {
    const out = join(work, "out.json");
    const s = start("pipe", `${node} ${ipsecHresult} > ${out}`);
    await waitFor(s, (x) => x.includes(ipsecName), "frame on stderr");
    keys(s, "C-o");
    await waitFor(s, (x) => x.includes("EXIT=0"), "exit");
    const json = JSON.parse(readFileSync(out, "utf8")) as { name: string; value: number };
    expect(json).toMatchObject({ name: ipsecName, value: catalog.row(ipsec)[2] });
  });
});

it("--help, -h and --: usage on stdout; after -- a negative number is the query", () => {
  for (const flag of ["--help", "-h"]) {
    const r = spawnSync(process.execPath, [main, flag], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: winerr-tui \[QUERY/);
  }
  const bad = spawnSync(process.execPath, [main, "--bogus"], { encoding: "utf8" });
  expect([bad.status, bad.stderr]).toEqual([2, expect.stringMatching(/^winerr-tui: unknown option '--bogus' .*\n$/)]);
  // Past the arguments, to the terminal check: the query was taken.
  const neg = spawnSync(process.execPath, [main, "--", "-1073741819"], { input: "", encoding: "utf8" });
  expect([neg.status, neg.stderr]).toEqual([2, expect.stringMatching(/^winerr-tui: needs an interactive terminal/)]);
});

it("without a terminal: one line on stderr, exit 2", () => {
  const r = spawnSync(process.execPath, [main], { input: "", encoding: "utf8" });
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  expect(r.stderr).toMatch(/^winerr-tui: needs an interactive terminal/);
});
