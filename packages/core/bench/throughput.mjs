// In-process decode throughput over the committed catalog, from dist.
// Usage: pnpm --filter @winerr/core build && node packages/core/bench/throughput.mjs
import { readFileSync } from "node:fs";
import { decode, loadCatalog } from "../dist/index.js";

const file = JSON.parse(readFileSync(new URL("../data/catalog.json", import.meta.url), "utf8"));
const catalog = loadCatalog(file);

// Numeric inputs in the forms people paste, for values the catalog holds.
const values = file.entries.filter((_, i) => i % 10 === 0).map((e) => e[2]);
const sets = {
  "0x hex": values.map((v) => "0x" + v.toString(16).toUpperCase()),
  "signed decimal": values.map((v) => String(v | 0)),
  "bare hex (digits-only ones read both ways)": values.map((v) => v.toString(16)),
};
sets["all of the above"] = Object.values(sets).flat();

function rate(list, ms) {
  let n = 0;
  let sink = 0;
  const end = performance.now() + ms;
  const start = performance.now();
  while (performance.now() < end) {
    for (let i = 0; i < list.length; i++) sink += decode(catalog, list[i]).matches.length;
    n += list.length;
  }
  if (sink < 0) console.log(sink);
  return (n / (performance.now() - start)) * 1000;
}

rate(sets["all of the above"], 1000); // warm up; lets the value index build
for (const [name, list] of Object.entries(sets)) {
  const best = Math.max(rate(list, 700), rate(list, 700), rate(list, 700));
  console.log(`${Math.round(best).toLocaleString("en-US").padStart(11)} decodes/s  ${name} (${list.length} inputs, ${catalog.size} entries)`);
}
