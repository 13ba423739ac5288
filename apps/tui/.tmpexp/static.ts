import { catalogPath, openCatalog } from "../src/catalog-file.js";
import { initialState } from "../src/state.js";
const catalog = openCatalog(catalogPath(process.env, new URL("./x", import.meta.url).href.replace("/x", "/catalog.json").replace("catalog.json", "x")), { searchIndex: false });
const q = process.argv[2] ?? "";
const s = initialState(catalog, q, { columns: process.stdout.columns || 80, rows: process.stdout.rows || 24 });
let out = "\u001b[?1049h› " + q + "\r\n";
for (const r of s.results.rows.slice(0, 10)) out += catalog.nameOf(r.index) + "  " + (catalog.messageOf(r.index) ?? "").slice(0, 60) + "\r\n";
process.stdout.write(out);
setTimeout(() => {}, 300);
