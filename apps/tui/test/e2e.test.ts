// winerr-tui in a real terminal: tmux (on a private socket) runs the built
// bundle at a fixed size, keys are sent, the screen is captured and checked.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { optionalTool } from "@winerr/host/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { catalog, ipsec, ipsecHresult, ipsecName } from "./catalog.js";
import { detailFor } from "../src/state.js";
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
const node = `env -u FORCE_COLOR -u CI TERM=xterm-256color ${process.execPath} ${main}`;

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

    const neighbour = catalog.row(linksOf(detailFor(catalog, ipsec))[1] as number)[0];
    keys(s, "Tab", "Down", "Enter");
    t = await waitFor(s, (x) => firstLine(x).includes(neighbour), "the neighbour");

    keys(s, "BSpace");
    t = await waitFor(s, (x) => firstLine(x).includes(ipsecHresult), "back");
    expect(t).toContain(ipsecName);

    keys(s, "?");
    t = await waitFor(s, (x) => x.includes("Keys (any key closes)"), "help");
    expect(t).toContain("Ctrl+C");
    keys(s, "Escape");
    await waitFor(s, (x) => !x.includes("Keys (any key closes)"), "help closed");

    keys(s, "C-c");
    t = await waitFor(s, (x) => x.includes("EXIT="), "exit");
    expect(t).toContain("EXIT=0");
    // The alternate screen is left: nothing of the UI stays behind.
    expect(t).not.toContain(ipsecName);
  });

  it("NO_COLOR draws without colours; colour is used otherwise", async () => {
    const plain = start("plain", `NO_COLOR=1 ${node} ${ipsecHresult}`);
    const coloured = start("coloured", `FORCE_COLOR=1 ${node} ${ipsecHresult}`);
    await waitFor(plain, (x) => x.includes(ipsecName), "plain frame");
    await waitFor(coloured, (x) => x.includes(ipsecName), "coloured frame");
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
    expect(await waitFor(s, (x) => x.includes("EXIT="), "exit")).toContain("EXIT=0");
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

it("without a terminal: one line on stderr, exit 2", () => {
  const r = spawnSync(process.execPath, [main], { input: "", encoding: "utf8" });
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  expect(r.stderr).toMatch(/^winerr-tui: needs an interactive terminal/);
});
