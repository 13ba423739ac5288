// The guidance check (CI runs it in `pnpm test`): validates the data files of
// data/guidance with core's zod schemas, then reports, against the committed
// catalog, coverage per family, priority ties, rules that match or win no
// entry, unknown and unused tools, malformed URLs, prose that names a catalog
// name or a 0x code, and whether data/guidance/assignment.tsv is current.
// Exits 1 on errors (src/guidance-check.ts says which are errors), 2 on bad usage.
//   pnpm --filter @winerr/core run check-guidance
//   pnpm --filter @winerr/core run guidance-assignment   (rewrites assignment.tsv)
// Reads core's dist: run after the build.
import { readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCatalog } from "../dist/catalog.js";
import { assignmentTsv, checkGuidance, reportText } from "../dist/guidance-check.js";
import { GroupsFile, ToolsFile } from "../dist/guidance-schema.js";
import { GUIDANCE_FILES, ruleOf } from "../dist/groups/index.js";

const args = process.argv.slice(2);
const write = args.includes("--write-assignment");
if (args.some((a) => a !== "--write-assignment")) {
  process.stderr.write("usage: check-guidance.mjs [--write-assignment]\n");
  process.exit(2);
}
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = join(root, "data/guidance");
const errors = [];
const rules = [];
let tools = [];
const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
for (const f of files) {
  let data;
  try {
    data = JSON.parse(readFileSync(join(dir, f), "utf8"));
  } catch (err) {
    errors.push(`${f}: not JSON (${err.message})`);
    continue;
  }
  const parsed = (f === "tools.json" ? ToolsFile : GroupsFile).safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors.push(`${f}: ${issue.path.join(".")}: ${issue.message}`);
    continue;
  }
  if (f === "tools.json") tools = parsed.data.tools;
  else {
    if (!(f in GUIDANCE_FILES)) errors.push(`${f}: not read by the apps; add it to GUIDANCE_FILES in src/groups/index.ts`);
    rules.push(...parsed.data.groups.map(ruleOf));
  }
}
for (const f of Object.keys(GUIDANCE_FILES)) if (!files.includes(f)) errors.push(`${f}: listed in GUIDANCE_FILES but missing`);

const catalog = loadCatalog(JSON.parse(readFileSync(join(root, "data/catalog.json"), "utf8")));
const report = checkGuidance(catalog, { rules, tools });
report.errors.unshift(...errors);
const listing = assignmentTsv(catalog, rules, report.assignment);
const target = join(dir, "assignment.tsv");
if (write) {
  writeFileSync(target + ".tmp", listing);
  renameSync(target + ".tmp", target);
  process.stdout.write(`wrote data/guidance/assignment.tsv (${catalog.size} entries)\n`);
} else {
  let committed = "";
  try {
    committed = readFileSync(target, "utf8");
  } catch {}
  if (committed !== listing) {
    const old = new Map(committed.split("\n").slice(1).map((l) => [l.split("\t").slice(0, 4).join("\t"), l.split("\t")[4]]));
    const moved = listing.split("\n").slice(1, -1).filter((l) => old.get(l.split("\t").slice(0, 4).join("\t")) !== l.split("\t")[4]);
    report.errors.push(`data/guidance/assignment.tsv is stale (${moved.length} entries differ, e.g. ${moved.slice(0, 3).join(" | ").replaceAll("\t", " ") || "order"}); run: pnpm --filter @winerr/core run guidance-assignment`);
  }
}
process.stdout.write(reportText(report));
process.exit(report.errors.length === 0 ? 0 : 1);
