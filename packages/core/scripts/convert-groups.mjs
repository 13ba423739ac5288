// One-off: converts the TypeScript group tables (src/groups/*.ts) into the
// data files of data/guidance/. The rules and the prose are taken from the
// evaluated modules (esbuild bundles each file), never retyped; comments come
// from the TypeScript syntax tree: a file's opening comment becomes `about`,
// the comments before a rule its `section` (divider lines) and `note`.
import { createRequire } from "node:module";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const esbuild = createRequire(join(here, "../../bundle/package.json"))("esbuild");
const ts = createRequire(join(here, "../../../package.json"))("typescript");
const src = join(here, "../src/groups");
const out = join(here, "../data/guidance");

// file -> [export name, data file] in index.ts's order.
const AREAS = [
  ["win32-system.ts", "WIN32_SYSTEM_GROUPS", "win32-system.json"],
  ["win32-services.ts", "WIN32_SERVICES_GROUPS", "win32-services.json"],
  ["win32-headers.ts", "WIN32_HEADERS_GROUPS", "win32-headers.json"],
  ["hresult-winerror.ts", "HRESULT_WINERROR_GROUPS", "hresult-winerror.json"],
  ["hresult-media-services.ts", "HRESULT_MEDIA_SERVICES_GROUPS", "hresult-media-services.json"],
  ["hresult-headers.ts", "HRESULT_HEADERS_GROUPS", "hresult-headers.json"],
  ["ntstatus.ts", "NTSTATUS_GROUPS", "ntstatus.json"],
  ["ntstatus.ts", "BUGCHECK_GROUPS", "bugcheck.json"],
];

async function load(file) {
  const dir = mkdtempSync(join(tmpdir(), "convert-"));
  try {
    await esbuild.build({ entryPoints: [join(src, file)], bundle: true, format: "esm", platform: "node", outfile: join(dir, "m.mjs"), logLevel: "error" });
    return await import(pathToFileURL(join(dir, "m.mjs")).href);
  } finally {
    rmSync(dir, { recursive: true });
  }
}

const lines = (text) => text.split("\n").map((l) => l.replace(/^\s*\/\/ ?/, "").trimEnd());

/** The file's opening comment (before or after its import), as lines. */
function headerComment(file) {
  const text = readFileSync(join(src, file), "utf8");
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const first = sf.statements.findIndex((s) => !ts.isImportDeclaration(s));
  const ranges = sf.statements.slice(0, first + 1).flatMap((s) => ts.getLeadingCommentRanges(text, s.pos) ?? []);
  return ranges
    .map((r) => text.slice(r.pos, r.end))
    .filter((c) => !/^(\/\/|\/\*\*) ?(Documentation pages|Tools)/.test(c))
    .flatMap((c) => (c.startsWith("/*") ? c.replace(/^\/\*\*?|\*\/$/g, "").split("\n").map((l) => l.replace(/^\s*\* ?/, "").trimEnd()) : lines(c)))
    .filter((l, i, all) => l !== "" || (i > 0 && i < all.length - 1));
}

/** For each element of the exported array `name`: the comments written before it. */
function elementComments(file, name) {
  const text = readFileSync(join(src, file), "utf8");
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  let found;
  const visit = (n) => {
    if (ts.isVariableDeclaration(n) && n.name.getText(sf) === name) found = n.initializer;
    ts.forEachChild(n, visit);
  };
  visit(sf);
  if (!found || !ts.isArrayLiteralExpression(found)) throw new Error(`${file}: ${name} is not an array literal`);
  return found.elements.map((el) => {
    if (ts.isSpreadElement(el)) throw new Error(`${file}: ${name} spreads`);
    const ranges = ts.getLeadingCommentRanges(text, el.pos) ?? [];
    const all = ranges.flatMap((r) => lines(text.slice(r.pos, r.end)));
    const section = all.filter((l) => /^-{4,} /.test(l)).map((l) => l.replace(/^-+ /, ""));
    const note = all.filter((l) => !/^-{4,} /.test(l));
    return { section: section.join("; ") || undefined, note: note.join(" ").trim() || undefined };
  });
}

const hex = (v) => "0x" + (v >>> 0).toString(16).toUpperCase();

function ruleData(rule, comments) {
  const keys = Object.keys(rule);
  const known = ["id", "title", "kind", "headers", "prefixes", "range", "facility", "priority", "guidance"];
  for (const k of keys) if (!known.includes(k)) throw new Error(`${rule.id}: unknown field ${k}`);
  for (const k of Object.keys(rule.guidance)) if (!["component", "meaning", "when", "check", "tools", "refs"].includes(k)) throw new Error(`${rule.id}: unknown guidance field ${k}`);
  const d = {};
  if (comments.section !== undefined) d.section = comments.section;
  if (comments.note !== undefined) d.note = comments.note;
  d.id = rule.id;
  d.title = rule.title;
  d.kind = rule.kind;
  d.headers = [...rule.headers];
  if (rule.prefixes !== undefined) d.prefixes = [...rule.prefixes];
  if (rule.range !== undefined) d.range = rule.kind === "win32" ? [...rule.range] : rule.range.map(hex);
  if (rule.facility !== undefined) d.facility = rule.facility;
  d.priority = rule.priority;
  const g = rule.guidance;
  d.guidance = { component: g.component, meaning: g.meaning, when: g.when, check: g.check, tools: [...g.tools], refs: [...g.refs] };
  return d;
}

/** JSON with two-space indent; arrays of strings or numbers on one line when short. */
export function format(value, indent = "") {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== "object" || v === null)) {
      const one = "[" + value.map((v) => JSON.stringify(v)).join(", ") + "]";
      if (one.length + indent.length <= 100) return one;
    }
    const inner = indent + "  ";
    return "[\n" + value.map((v) => inner + format(v, inner)).join(",\n") + "\n" + indent + "]";
  }
  if (typeof value === "object" && value !== null) {
    const inner = indent + "  ";
    return "{\n" + Object.entries(value).map(([k, v]) => inner + JSON.stringify(k) + ": " + format(v, inner)).join(",\n") + "\n" + indent + "}";
  }
  return JSON.stringify(value);
}

mkdirSync(out, { recursive: true });
const everyTool = [];
let total = 0;
for (const [file, name, target] of AREAS) {
  const mod = await load(file);
  const rules = mod[name];
  const comments = elementComments(file, name);
  if (rules.length !== comments.length) throw new Error(`${file}: ${rules.length} rules, ${comments.length} array elements`);
  const about = headerComment(file);
  const data = { $schema: "./schema/groups.schema.json", about, groups: rules.map((r, i) => ruleData(r, comments[i])) };
  writeFileSync(join(out, target), format(data) + "\n");
  total += rules.length;
  for (const [k, v] of Object.entries(mod)) if (k.endsWith("_TOOLS")) for (const t of v) if (!everyTool.some((u) => u.id === t.id)) everyTool.push(t);
}
const common = await load("tools.ts");
for (const t of common.COMMON_TOOLS) everyTool.push(t);
everyTool.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
for (const t of everyTool) if (Object.keys(t).join() !== "id,name,what,doc") throw new Error(`tool ${t.id}: fields ${Object.keys(t)}`);
const tools = {
  $schema: "./schema/tools.schema.json",
  about: headerCommentOfTools(),
  tools: everyTool.map((t) => ({ id: t.id, name: t.name, what: t.what, doc: t.doc })),
};
writeFileSync(join(out, "tools.json"), format(tools) + "\n");
console.log(`${total} rules, ${everyTool.length} tools`);

function headerCommentOfTools() {
  const text = readFileSync(join(src, "tools.ts"), "utf8");
  const m = /\/\*\*([\s\S]*?)\*\/\s*export const COMMON_TOOLS/.exec(text);
  return m ? [m[1].split("\n").map((l) => l.replace(/^\s*\* ?/, "").trim()).filter(Boolean).join(" ")] : [];
}
