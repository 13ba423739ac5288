import { asciiEscape, asciiJson, formatHex, search, searchAll, type Catalog, type Kind, type MatchedTerm, type SearchEntry, type SearchHit, type SearchMatched, type SearchRecord } from "@winerr/core";
import type { Format } from "../args.js";
import { openCatalog, openSearchIndex } from "@winerr/host/catalog";
import { ExitError, EXIT, shown, type ExitCode } from "@winerr/host/errors";
import { FLUSH_AT, partWriter, type Io } from "../io.js";
import { inputBatches } from "../lines.js";
import { jsonArray, ndjson, type JsonEmitter } from "../output/json.js";
import { pickStyle, type Style, type ColorMode } from "../output/style.js";
import { visible } from "../output/text.js";

export interface SearchRequest {
  /** The query from the arguments; undefined with --stdin (a query per line). */
  text: string | undefined;
  limit: number;
  kind: string | undefined;
  format: Format;
  color: ColorMode;
}

export function entryOf(hit: SearchHit): SearchEntry {
  const e = hit.entry;
  return { name: e.name, kind: e.kind, value: e.value, hex: formatHex(e.value), message: e.message, header: e.header, tier: hit.tier, score: hit.score, matched: hit.matched, source: e.source, line: e.line };
}

/**
 * One query's machine record (a SearchRecord of entryOf's hits) as asciiJson
 * writes it, from pieces: a row's own fields (name to header, then source
 * and line) are written once per process, as a --stdin batch shows the same
 * entries query after query; only tier, score and what matched are new, and
 * are written by hand (matchedJson), without building the hit's entry.
 * search.test.ts holds it to asciiJson of the record.
 */
export function recordWriter(catalog: Catalog): (input: string, kind: Kind | undefined, limit: number) => { json: string; count: number } {
  const heads = new Array<string | undefined>(catalog.size).fill(undefined);
  const tails = new Array<string | undefined>(catalog.size).fill(undefined);
  const sources: string[] = [];
  // Records of recent queries, least recently asked first: a batch repeats queries (RECENT).
  const recent = new Map<string, { json: string; count: number }>();
  let recentChars = 0;
  return (input, kind, limit) => {
    const key = `${limit} ${kind ?? ""} ${input}`;
    let known = recent.get(key);
    if (known !== undefined) {
      recent.delete(key);
    } else {
      known = record(input, kind, limit);
      recentChars += known.json.length;
      if (recent.size >= RECENT || recentChars > RECENT_CHARS) {
        for (const [k, r] of recent) {
          if (recent.size < RECENT && recentChars <= RECENT_CHARS) break;
          recent.delete(k);
          recentChars -= r.json.length;
        }
      }
    }
    recent.set(key, known);
    return known;
  };

  function record(input: string, kind: Kind | undefined, limit: number): { json: string; count: number } {
    const results = searchAll(catalog, input, kind === undefined ? {} : { kind });
    const count = Math.min(limit, results.total);
    // Pieces joined at the end: one flat string to keep (not a tree of the pieces).
    const json: string[] = [`{"input":${asciiJson(input)},"ok":true,"entries":[`];
    for (let k = 0; k < count; k++) {
      const row = results.indexAt(k) as number;
      let head = heads[row];
      let tail = tails[row];
      if (head === undefined || tail === undefined) {
        const [name, kind, value, message, header, source, line] = catalog.row(row);
        // entryOf's keys in its order: the row's own ones around tier, score and matched.
        head = heads[row] = asciiEscape(`{"name":${JSON.stringify(name)},"kind":${JSON.stringify(kind)},"value":${value},"hex":"${formatHex(value)}","message":${JSON.stringify(message)},"header":${JSON.stringify(header)}`);
        tail = tails[row] = `"source":${(sources[source] ??= asciiJson(catalog.sources[source]))},"line":${line}}`;
      }
      json.push(`${k === 0 ? "" : ","}${head},"tier":"${results.tierAt(k) as string}","score":${scoreJson(results.scoreAt(k) as number)},"matched":${matchedJson(results.matchedAt(k) as SearchMatched)},${tail}`);
    }
    json.push("]}");
    return { json: json.join(""), count };
  }
}

/**
 * Records recordWriter keeps for queries asked again (the same text, kind
 * and limit: a record is a function of them and the catalog), at most
 * RECENT of them and RECENT_CHARS characters in all.
 */
const RECENT = 4096;
const RECENT_CHARS = 1 << 25;

/**
 * JSON.stringify of a score (a multiple of 0.001, as SearchResults round
 * them), from its integer thousandths: the shortest decimal that reads
 * back as m / 1000 is m / 1000 written out, trailing zeros dropped. Other
 * numbers as JSON.stringify writes them.
 */
export function scoreJson(x: number): string {
  const m = Math.round(x * 1000);
  if (!(m >= 0 && m <= 0x7fffffff && m / 1000 === x)) return JSON.stringify(x);
  const frac = m % 1000;
  const whole = (m - frac) / 1000;
  if (frac === 0) return `${whole}`;
  if (frac % 100 === 0) return `${whole}.${frac / 100}`;
  if (frac % 10 === 0) return `${whole}.${frac < 100 ? "0" : ""}${frac / 10}`;
  return `${whole}.${frac < 10 ? "00" : frac < 100 ? "0" : ""}${frac}`;
}

/**
 * JSON.stringify of what matched, written by hand (a --stdin batch writes
 * one per hit): its words and terms are runs of [a-z0-9] (wordsOf) and the
 * rest names from a list (output-schema.ts), so nothing needs escaping; keys
 * in the order search builds them.
 */
export function matchedJson(m: SearchMatched): string {
  let json = '{"terms":[';
  for (let k = 0; k < m.terms.length; k++) {
    const t = m.terms[k] as MatchedTerm;
    json += `${k === 0 ? "" : ","}{"word":"${t.word}","term":"${t.term}","how":"${t.how}","fields":["${t.fields.join('","')}"]}`;
  }
  json += "]";
  if (m.name !== undefined) json += `,"name":"${m.name}"`;
  if (m.phrase !== undefined) json += ',"phrase":true';
  if (m.message !== undefined) json += ',"message":"whole"';
  return json + "}";
}

/**
 * ASCII text as bytes, in one buffer reused from call to call (each part is
 * written before the next is made): a --stdin batch writes megabytes in
 * parts of about FLUSH_AT characters, which would otherwise each allocate
 * a buffer and be checked for characters beyond ASCII.
 */
function asciiBytes(): (text: string) => Uint8Array {
  let buf = Buffer.allocUnsafe(0);
  return (text) => {
    if (text.length > buf.length) buf = Buffer.allocUnsafe(Math.max(text.length, 2 * FLUSH_AT));
    return buf.subarray(0, buf.write(text, 0, "latin1"));
  };
}

/** The kinds the catalog has, so --kind is checked against data, not a list typed here. */
function checkKind(catalog: Catalog, kind: string | undefined): Kind | undefined {
  if (kind === undefined) return undefined;
  const kinds = Object.keys(catalog.manifest().byKind);
  if (!kinds.includes(kind)) throw new ExitError(`unknown --kind ${JSON.stringify(kind)} (one of: ${kinds.join(", ")})`);
  return kind as Kind;
}

/** "access in name+message, acess->access fuzzy in name, whole name, phrase". */
export function matchedText(m: SearchHit["matched"]): string {
  const parts = m.terms.map((t) => `${t.word === t.term ? t.word : `${t.word}->${t.term}`}${t.how === "exact" ? "" : ` ${t.how}`} in ${t.fields.join("+")}`);
  if (m.name !== undefined) parts.push(`${m.name === "whole" ? "whole name" : m.name === "start" ? "name start" : m.name === "joined" ? "joined in name" : "run of name"}`);
  if (m.phrase) parts.push("phrase in message");
  return parts.join(", ");
}

function entryText(e: SearchEntry, s: Style): string {
  const message = e.message === null ? "" : `\n      ${visible(e.message.trimEnd().split(/\r?\n/).join(" "))}`;
  return `${s.name(e.name)}  ${e.kind}  ${e.hex}  ${e.value}  ${s.dim(e.header)}${message}\n      ${s.dim(`matched: ${visible(matchedText(e.matched))}`)}\n`;
}

/**
 * `winerr search <text>` or `--stdin` (a query per line, as the PowerShell
 * module sends free text): entries ranked by name, then message text.
 */
export async function runSearch(req: SearchRequest, io: Io): Promise<ExitCode> {
  if (req.text !== undefined && req.text.trim() === "") throw new ExitError("search needs some text (try: winerr search access denied)");
  if (!Number.isInteger(req.limit) || req.limit < 1) throw new ExitError("--limit needs a whole number of at least 1");
  // A query per stdin line reads many messages: the whole file at once then.
  const catalog = openCatalog(io.catalog, { whole: req.text === undefined });
  const kind = checkKind(catalog, req.kind);
  openSearchIndex(catalog, io.catalog);
  const s = pickStyle(io.stdoutIsTTY, io.env, req.color);
  const out: JsonEmitter<SearchRecord> | undefined = req.format === "json" ? jsonArray() : req.format === "ndjson" ? ndjson() : undefined;
  let code: ExitCode = EXIT.ok;
  let first = true;
  const parts = partWriter(io);
  const record = out === undefined ? undefined : recordWriter(catalog);
  // Machine output is ASCII (asciiJson, matchedJson): a part's characters are its bytes, written from one buffer.
  const bytes = asciiBytes();
  const send = (text: string): string | Uint8Array => (record === undefined ? text : bytes(text));
  // Queries from the arguments, or the non-blank lines of each chunk of stdin.
  for await (const batch of inputBatches({ stdin: req.text === undefined, inputs: [req.text ?? ""] }, () => io.stdin)) {
    if (io.stdout.closed) break;
    let text = "";
    let notes = "";
    for (const query of batch) {
      if (text.length >= FLUSH_AT) {
        // A long batch goes out in parts, so a reader that left is noticed soon.
        await parts.part(send(text), notes);
        text = notes = "";
        if (io.stdout.closed) break;
      }
      if (record !== undefined && out !== undefined) {
        const { json, count } = record(query, kind, req.limit);
        if (count === 0) code = EXIT.noMatch;
        text += out.itemJson(json);
        continue;
      }
      const entries = search(catalog, query, { limit: req.limit, kind }).map(entryOf);
      if (entries.length === 0) code = EXIT.noMatch;
      // Text: a heading per query only when queries come from stdin.
      if (req.text === undefined) text += `${first ? "" : "\n"}${s.bold(visible(query))}\n`;
      first = false;
      text += entries.map((e) => entryText(e, s)).join("");
      if (entries.length === 0) notes += `winerr: no entry matches ${shown(query)}\n`;
    }
    await parts.end(send(text), notes);
  }
  if (out) await io.stdout.write(out.end());
  return code;
}
