import { decode, matchIndex, pageOf, withGuidanceCount, type Catalog, type DecodeResult, type Page } from "@winerr/core";
import type { ShowResult } from "@winerr/core/page-schema";
import { openCatalog } from "@winerr/host/catalog";
import { errorLine, shown, type ExitCode } from "@winerr/host/errors";
import { FLUSH_AT, partWriter, type Io } from "../io.js";
import { inputBatches } from "../lines.js";
import { jsonArray, ndjson } from "../output/json.js";
import { pageText } from "../output/page-text.js";
import { pickStyle, type ColorMode } from "../output/style.js";
import type { Format } from "../args.js";
import { Tally } from "../tally.js";

export interface ShowRequest {
  /** The inputs from the arguments; empty with --stdin (an input per line). */
  inputs: string[];
  stdin: boolean;
  format: Format;
  color: ColorMode;
  debug: boolean;
}

/**
 * What `show` prints for one input (core's page-schema, the JSON contract):
 * the page of its best match (decode's first) with the other matches by
 * name, or no entry (understood, nothing matched), or why it was not
 * understood. `ok` is decode's (understood).
 */
export type { ShowResult };

/** The show result of one input. */
export function showOne(catalog: Catalog, input: string): { result: ShowResult; decoded: DecodeResult } {
  const decoded = decode(catalog, input);
  if (!decoded.ok) return { decoded, result: { input, ok: false, error: decoded.error ?? { code: "not-a-number", message: "not understood" } } };
  const [best, ...rest] = decoded.matches;
  if (best === undefined) return { decoded, result: { input, ok: true, value: decoded.value, hex: decoded.hex, entry: null } };
  const row = matchIndex(catalog, best);
  if (row < 0) throw new Error(`decode returned ${best.name}, which the catalog does not hold`);
  const page = pageOf(catalog, row);
  return { decoded, result: { input, ok: true, otherMatches: rest.map((m) => ({ name: m.name, kind: m.kind, hex: m.hex, via: m.via })), ...page } };
}

/** `winerr show <name or number>...`: the reference page of each input's best match. */
export async function runShow(req: ShowRequest, io: Io): Promise<ExitCode> {
  const catalog = openCatalog(io.catalog);
  const style = pickStyle(io.stdoutIsTTY, io.env, req.color);
  const out = req.format === "json" ? jsonArray<ShowResult>() : req.format === "ndjson" ? ndjson<ShowResult>() : undefined;
  const tally = new Tally();
  let first = true;
  const parts = partWriter(io);
  for await (const batch of inputBatches(req, () => io.stdin)) {
    if (io.stdout.closed) break; // the reader went away (EPIPE): stop quietly
    let text = "";
    let notes = "";
    for (const input of batch) {
      if (text.length >= FLUSH_AT) {
        // A long batch goes out in parts, so a reader that left is noticed soon.
        await parts.part(text, notes);
        text = notes = "";
        if (io.stdout.closed) break;
      }
      let r: { result: ShowResult; decoded: DecodeResult };
      try {
        r = showOne(catalog, input);
      } catch (err) {
        // One object per input in machine output, as decode has.
        tally.internal();
        notes += errorLine(`winerr: ${shown(input)}`, err, req.debug);
        const why = (err instanceof Error ? err.message : String(err)).replace(/\s*[\r\n]+\s*/g, " ").trim();
        if (out !== undefined) text += out.item({ input, ok: false, error: { code: "internal", message: `internal error: ${why}` } });
        continue;
      }
      tally.add(r.decoded);
      const res = r.result;
      if (!res.ok) notes += `winerr: ${shown(input)}: ${res.error.message}\n`;
      else if (res.entry === null) notes += `winerr: ${shown(input)}: no catalog entry has the value ${res.hex ?? "?"}\n`;
      if (out !== undefined) text += out.item(res);
      else if (res.ok && res.entry !== null) {
        text += (first ? "" : "\n") + pageText(res as Page & { otherMatches: { name: string; kind: string; hex: string; via: string }[] }, style);
        first = false;
      }
    }
    await parts.end(text, notes);
  }
  if (out !== undefined) await io.stdout.write(out.end());
  return tally.exitCode;
}

/** For `winerr info`: how many entries a reviewed group covers. */
export function guidanceCount(io: Io): number {
  return withGuidanceCount(openCatalog(io.catalog));
}
