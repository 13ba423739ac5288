import { formatHex, search, type Catalog, type Kind, type SearchHit } from "@winerr/core";
import type { Format } from "../args.js";
import { openCatalog } from "../catalog.js";
import { CliError, EXIT, type ExitCode } from "../errors.js";
import type { Io } from "../io.js";
import { jsonArray, ndjson, type Emitter } from "../output/json.js";
import { pickStyle } from "../output/style.js";
import { visible } from "../output/text.js";

export interface SearchRequest {
  text: string;
  limit: number;
  kind: string | undefined;
  format: Format;
  color: boolean;
}

/** One hit as machine output: the entry, its hex, and how it matched. */
export interface SearchRecord {
  name: string;
  kind: Kind;
  value: number;
  hex: string;
  message: string | null;
  header: string;
  tier: SearchHit["tier"];
  source: { id: string; name: string; version: string };
  line: number;
}

function record(hit: SearchHit): SearchRecord {
  const e = hit.entry;
  return { name: e.name, kind: e.kind, value: e.value, hex: formatHex(e.value), message: e.message, header: e.header, tier: hit.tier, source: e.source, line: e.line };
}

/** The kinds the catalog has, so --kind is checked against data, not a list typed here. */
function checkKind(catalog: Catalog, kind: string | undefined): Kind | undefined {
  if (kind === undefined) return undefined;
  const kinds = Object.keys(catalog.manifest().byKind);
  if (!kinds.includes(kind)) throw new CliError(`unknown --kind ${JSON.stringify(kind)} (one of: ${kinds.join(", ")})`);
  return kind as Kind;
}

/** `winerr search <text>`: entries ranked by name, then message text. */
export async function runSearch(req: SearchRequest, io: Io): Promise<ExitCode> {
  if (req.text.trim() === "") throw new CliError("search needs some text (try: winerr search access denied)");
  if (!Number.isInteger(req.limit) || req.limit < 1) throw new CliError("--limit needs a whole number of at least 1");
  const catalog = openCatalog(io.env);
  const hits = search(catalog, req.text, { limit: req.limit, kind: checkKind(catalog, req.kind) });
  if (req.format === "text") {
    const s = pickStyle(io.stdoutIsTTY, io.env, req.color);
    for (const h of hits) {
      const r = record(h);
      const message = r.message === null ? "" : `\n      ${visible(r.message.trimEnd().split(/\r?\n/).join(" "))}`;
      await io.stdout.write(`${s.name(r.name)}  ${r.kind}  ${r.hex}  ${r.value}  ${s.dim(`${r.tier}  ${r.header}`)}${message}\n`);
    }
  } else {
    const out: Emitter<SearchRecord> = req.format === "json" ? jsonArray() : ndjson();
    await io.stdout.write(hits.map((h) => out.item(record(h))).join("") + out.end());
  }
  if (hits.length === 0) io.error(`winerr: no entry matches ${JSON.stringify(req.text).replace(/[^\x20-\x7e]/g, "?")}\n`);
  return hits.length > 0 ? EXIT.ok : EXIT.noMatch;
}
