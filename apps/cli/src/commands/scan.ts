import { createReadStream } from "node:fs";
import type { Readable } from "node:stream";
import { decode, scanLine, type DecodeResult } from "@winerr/core";
import type { Format } from "../args.js";
import { asciiJson } from "@winerr/core/ascii-json";
import { openCatalog } from "@winerr/host/catalog";
import { Chunks } from "../chunks.js";
import { ExitError, EXIT, type ExitCode } from "@winerr/host/errors";
import type { Io } from "../io.js";
import { bomDecoded, readLineBatches } from "../lines.js";
import { pickStyle, type Style, type ColorMode } from "../output/style.js";
import { visible } from "../output/text.js";
import { bestOnly, flatRecord, machineResult } from "../parts.js";
import { Tally } from "../tally.js";

export interface ScanRequest {
  /** A path, or "-" / undefined for stdin. */
  file: string | undefined;
  format: Format;
  color: ColorMode;
  /** False with --no-readings: machine output leaves `readings` out of each result. */
  readings?: boolean;
  /** --line-text: machine output gives each record the text of its line (`lineText`). */
  lineText?: boolean;
  /** --best: each record's result keeps its best match only (the first). */
  best?: boolean;
  /** --flat: machine output of one FlatScanRecord per code found (its best match, flattened). */
  flat?: boolean;
}

/**
 * The longest line scanned whole (UTF-16 units). A longer line is read only
 * this far (plus the one character lines.ts keeps to mark the cut; the rest
 * up to its newline is skipped unread into memory, so one endless line
 * cannot exhaust memory); hits within two characters of the cut are dropped
 * (they may be cut themselves), and stderr says how many lines were cut.
 */
export const MAX_LINE = 65536;

/** Bytes read at a time from a file: fewer, larger reads and writes. */
const READ_CHUNK = 1 << 20;

/** How many distinct matched texts keep their decoding (logs repeat the same codes). */
const MEMO_SIZE = 4096;

async function opened(file: string | undefined, io: Io): Promise<Readable> {
  if (file === undefined || file === "-") return bomDecoded(io.stdin);
  const stream = createReadStream(file, { highWaterMark: READ_CHUNK });
  // Fail with one clear line before any output if the file cannot be read.
  await new Promise<void>((resolve, reject) => {
    stream.once("readable", resolve);
    stream.once("error", (err: NodeJS.ErrnoException) => reject(new ExitError(`cannot read ${JSON.stringify(file)} (${err.code ?? err.message})`)));
  });
  return bomDecoded(stream);
}

/** A matched text's decoding, with the output bytes that depend only on it. */
interface Known {
  result: DecodeResult;
  /** Machine output: the text as JSON, and `,"result":RESULT}` (with --flat, the flat row's fields and `}`; + newline for ndjson) as bytes. */
  json?: { text: string; tail: Buffer };
  /** Text output: `TEXT -> best match ...\n` as bytes. */
  shown?: Buffer;
}

/** --flat: the fields a record has after its place, `,"inputHex":...` (FlatScanRecord). */
function flatTail(result: DecodeResult): string {
  const { input: _input, ok: _ok, ...row } = flatRecord(result);
  return "," + asciiJson(row).slice(1, -1);
}

/** What a record's line says after `col N `: the text and its best match. */
function matchLine(text: string, result: DecodeResult, s: Style): string {
  const best = result.matches[0];
  const via = best && best.via !== "exact" && best.via !== "name" ? `, via ${best.via}` : "";
  const message = best?.message ? ": " + visible(best.message.split(/\r?\n/)[0] ?? "") : "";
  const what = best ? `${s.name(best.name)} (${best.kind}, ${best.hex}${via})${message}` : s.warn("no catalog entry");
  const more = result.matches.length > 1 ? s.dim(` (+${result.matches.length - 1} more)`) : "";
  return `${visible(text)} -> ${what}${more}\n`;
}

/**
 * `winerr scan [FILE|-]`: finds codes in free log text, line by line as the
 * text streams in, and decodes each; the text itself is never held whole.
 * Each distinct matched text is decoded and serialised once (a bounded
 * memo); a record's JSON is that text spliced with its line and column, byte
 * for byte what asciiJson of the whole record gives.
 */
export async function runScan(req: ScanRequest, io: Io): Promise<ExitCode> {
  const catalog = openCatalog(io.catalog);
  const input = await opened(req.file, io);
  const s = pickStyle(io.stdoutIsTTY, io.env, req.color);
  const readings = req.readings !== false;
  const machine = req.format === "json" || req.format === "ndjson";
  // Machine output as jsonArray() / ndjson() in output/json.ts write it.
  const after = req.format === "ndjson" ? "\n" : "";
  const memo = new Map<string, Known>();
  const known = (text: string, input: string): Known => {
    // scanLine's text and input are the same characters; keyed by both all the same.
    const key = text === input ? input : `${text}\u0000${input}`;
    let k = memo.get(key);
    if (k === undefined) {
      const result = decode(catalog, input);
      k = { result: req.best === true ? bestOnly(result) : result };
      if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string);
      memo.set(key, k);
    }
    if (machine) k.json ??= { text: asciiJson(text), tail: Buffer.from(`${req.flat === true ? flatTail(k.result) : `,"result":${asciiJson(machineResult(k.result, readings))}`}}${after}`, "latin1") };
    else k.shown ??= Buffer.from(matchLine(text, k.result, s), "utf8");
    return k;
  };
  const out = new Chunks(io.stdout);
  const tally = new Tally();
  let found = 0;
  let cut = 0;
  for await (const lines of readLineBatches(input, MAX_LINE)) {
    if (io.stdout.closed) break;
    for (const line of lines) {
      let hits = scanLine(line.text, catalog);
      if (line.cut) {
        cut += 1;
        hits = hits.filter((h) => h.start + h.length + 2 <= line.text.length);
      }
      if (hits.length === 0) continue;
      if (!machine) out.add(`${s.dim(String(line.number).padStart(5))}  ${visible(line.text)}\n`);
      const lineText = machine && req.lineText === true ? line.text : undefined;
      let lineJson: string | undefined;
      for (const h of hits) {
        const k = known(h.text, h.input);
        tally.add(k.result);
        if (machine) {
          const json = k.json as NonNullable<Known["json"]>;
          const before = req.format === "json" ? (found === 0 ? "[\n" : ",\n") : "";
          // Byte for byte asciiJson({line, column, text, how, result}), spliced.
          out.add(`${before}{"line":${line.number},"column":${h.column},"text":${json.text},"how":"${h.how}"`);
          if (lineText !== undefined) {
            lineJson ??= asciiJson(lineText);
            out.add(`,"lineText":${lineJson}`);
          }
          out.addBytes(json.tail);
        } else {
          out.add(`       ${s.dim(`col ${h.column}`)} `);
          out.addBytes(k.shown as Buffer);
        }
        found += 1;
      }
    }
    // One write (of large chunks) per chunk of input read.
    await out.flush();
  }
  if (req.format === "json") out.add(found === 0 ? "[]\n" : "\n]\n");
  await out.flush();
  if (cut > 0) {
    const n = cut.toLocaleString("en-US");
    io.error(`winerr: ${n} line${cut === 1 ? " was" : "s were"} longer than ${MAX_LINE.toLocaleString("en-US")} characters; only the start of each was scanned\n`);
  }
  if (found === 0) return EXIT.noMatch;
  return tally.exitCode;
}
