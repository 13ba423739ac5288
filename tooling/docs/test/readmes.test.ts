import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import { optionalTool, type OptionalTool } from "@winerr/host/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { examplesOf, normalized, type Example } from "./examples.js";

// Every console example of the READMEs runs here on the built programs, and
// its output must be what the README shows (examples.ts says how blocks read).
const here = fileURLToPath(new URL("..", import.meta.url));
const repo = join(here, "..", "..");

const READMES = [
  "README.md",
  ...["apps", "packages", "tooling"].flatMap((top) =>
    readdirSync(join(repo, top), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(repo, top, d.name, "README.md")))
      .map((d) => `${top}/${d.name}/README.md`),
  ),
  "apps/cli/powershell/README.md",
];

/** The bins, by name, from the workspace packages this one depends on. */
function bins(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pkg of ["@winerr/cli", "@winerr/export"]) {
    const dir = realpathSync(join(here, "node_modules", pkg));
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { bin: Record<string, string> };
    for (const [name, file] of Object.entries(manifest.bin)) out[name] = join(dir, file);
  }
  return out;
}

const jq = optionalTool("jq");
const pwsh = optionalTool("pwsh");
const wine = optionalTool("wine");
const python = optionalTool("python3");

/** The optional tools an example needs. */
function toolsOf(e: Example): OptionalTool[] {
  const code = e.steps.map((s) => s.code).join("\n");
  const out: OptionalTool[] = [];
  if (e.kind === "powershell" || /\bpwsh\b/.test(code)) out.push(pwsh);
  if (e.kind === "python") out.push(python);
  if (code.includes("$WINE_PE_DIR")) out.push(wine);
  if (/(^|[|;&(]\s*)jq\s/m.test(code)) out.push(jq);
  return out;
}

describe("README examples", () => {
  it("the READMEs hold console examples (the test is not vacuous)", () => {
    const count = READMES.reduce((n, f) => n + examplesOf(readFileSync(join(repo, f), "utf8")).length, 0);
    expect(count).toBeGreaterThan(8);
  });
});

for (const file of READMES) {
  const examples = examplesOf(readFileSync(join(repo, file), "utf8"));
  if (examples.length === 0) continue;

  describe(file, () => {
    let dir = "";
    let env: NodeJS.ProcessEnv = {};
    beforeAll(() => {
      const root = mkdtempSync(join(tmpdir(), "winerr-docs-"));
      dir = join(root, "work");
      const shims = join(root, "bin");
      mkdirSync(dir);
      mkdirSync(shims);
      for (const [name, path] of Object.entries(bins())) {
        writeFileSync(join(shims, name), `#!/bin/sh\nexec "${process.execPath}" "${path}" "$@"\n`);
        chmodSync(join(shims, name), 0o755);
      }
      const tools = [pwsh, jq].flatMap((t) => (t.path === undefined ? [] : [join(t.path, "..")]));
      env = { ...process.env, PATH: [shims, ...tools, process.env.PATH ?? ""].join(delimiter), NO_COLOR: "1", COLUMNS: "80", TZ: "UTC", WINE_PE_DIR: wine.path ?? "" };
      delete env.FORCE_COLOR;
    });
    afterAll(() => {
      if (dir !== "") rmSync(join(dir, ".."), { recursive: true, force: true });
    });

    /** What a step prints, with the folder's path written as <dir>. */
    const output = (command: string, args: string[]): string => {
      const r = spawnSync(command, args, { cwd: dir, env, encoding: "utf8", maxBuffer: 64 << 20 });
      if (r.error) throw r.error;
      const text = r.stdout + r.stderr;
      return [realpathSync(dir), dir].reduce((t, d) => t.split(d).join("<dir>"), text);
    };

    for (const e of examples) {
      const first = e.kind === "console" ? `$ ${e.steps[0]?.code ?? ""}` : `the ${e.kind} script`;
      const title = `line ${e.line}: ${first}${e.steps.length > 1 ? ` (+${e.steps.length - 1} more)` : ""}`;
      const run = () => {
        for (const s of e.steps) {
          let got: string;
          if (e.kind === "console") got = output("sh", ["-c", `exec 2>&1\n${s.code}`]);
          else {
            const script = join(dir, e.kind === "python" ? "example.py" : "example.ps1");
            writeFileSync(script, s.code);
            got = e.kind === "python" ? output(python.need(), [script]) : output(pwsh.need(), ["-NoProfile", "-NonInteractive", "-File", script]);
          }
          expect(normalized(got), `${file} line ${e.line}: ${e.kind === "console" ? `$ ${s.code}` : "the script"}`).toBe(normalized(s.shown));
        }
      };
      // Needing several tools: the first missing one says so (or, all there, any of them runs it).
      const tools = toolsOf(e);
      const tool = tools.find((t) => !t.available) ?? tools[0];
      if (tool === undefined) it(title, run);
      else tool.it(title, run);
    }
  });
}
