import { createReadStream } from "node:fs";
import type { Readable } from "node:stream";
import { decode, scanLine, type DecodeResult, type ScanHit } from "@winerr/core";
import type { Format } from "../args.js";
import { openCatalog } from "../catalog.js";
import { CliError, EXIT, type ExitCode } from "../errors.js";
import type { Io } from "../io.js";
import { readLineBatches } from "../lines.js";
import { jsonArray, ndjson, type Emitter } from "../output/json.js";
import { pickStyle, type Style } from "../output/style.js";
import { visible } from "../output/text.js";
import { Tally } from "../tally.js";

export interface ScanRequest {
  /** A path, or "-" / undefined for stdin. */
  file: string | undefined;
  format: Format;
  color: boolean;
}

/** One code found in the text, with what it decodes to. */
export interface ScanRecord {
  line: number;
  column: number;
  text: string;
  how: ScanHit["how"];
  result: DecodeResult;
}

async function opened(file: string | undefined, io: Io): Promise<Readable> {
  if (file === undefined || file === "-") return io.stdin;
  const stream = createReadStream(file);
  // Fail with one clear line before any output if the file cannot be read.
  await new Promise<void>((resolve, reject) => {
    stream.once("readable", resolve);
    stream.once("error", (err: NodeJS.ErrnoException) => reject(new CliError(`cannot read ${JSON.stringify(file)} (${err.code ?? err.message})`)));
  });
  return stream;
}

/** The line, then each code found in it with its best match. */
function annotated(number: number, line: string, records: readonly ScanRecord[], s: Style): string {
  let text = `${s.dim(String(number).padStart(5))}  ${visible(line)}\n`;
  for (const r of records) {
    const best = r.result.matches[0];
    const via = best && best.via !== "exact" && best.via !== "name" ? `, via ${best.via}` : "";
    const message = best?.message ? ": " + visible(best.message.split(/\r?\n/)[0] ?? "") : "";
    const what = best ? `${s.name(best.name)} (${best.kind}, ${best.hex}${via})${message}` : s.warn("no catalog entry");
    const more = r.result.matches.length > 1 ? s.dim(` (+${r.result.matches.length - 1} more)`) : "";
    text += `       ${s.dim(`col ${r.column}`)} ${visible(r.text)} -> ${what}${more}\n`;
  }
  return text;
}

/**
 * `winerr scan [FILE|-]`: finds codes in free log text, line by line as the
 * text streams in, and decodes each; the text itself is never held whole.
 */
export async function runScan(req: ScanRequest, io: Io): Promise<ExitCode> {
  const catalog = openCatalog(io.env);
  const input = await opened(req.file, io);
  const s = pickStyle(io.stdoutIsTTY, io.env, req.color);
  const out: Emitter<ScanRecord> | undefined = req.format === "json" ? jsonArray() : req.format === "ndjson" ? ndjson() : undefined;
  const tally = new Tally();
  let found = 0;
  for await (const lines of readLineBatches(input)) {
    if (io.stdout.closed) break;
    // One write per chunk of input read.
    let text = "";
    for (const line of lines) {
      const hits = scanLine(line.text, catalog);
      if (hits.length === 0) continue;
      found += hits.length;
      const records = hits.map((h) => ({ line: line.number, column: h.column, text: h.text, how: h.how, result: decode(catalog, h.input) }));
      records.forEach((r) => tally.add(r.result));
      text += out ? records.map((r) => out.item(r)).join("") : annotated(line.number, line.text, records, s);
    }
    await io.stdout.write(text);
  }
  if (out) await io.stdout.write(out.end());
  if (found === 0) return EXIT.noMatch;
  return tally.exitCode;
}
