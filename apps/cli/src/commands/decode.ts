import { decode, type DecodeResult } from "@winerr/core";
import type { DecodeRequest } from "../args.js";
import { openCatalog } from "@winerr/host/catalog";
import { ExitError, errorLine, shown, type ExitCode } from "@winerr/host/errors";
import { FLUSH_AT, partWriter, type Io } from "../io.js";
import { inputBatches } from "../lines.js";
import { jsonArray, ndjson, type Emitter } from "../output/json.js";
import { pickStyle } from "../output/style.js";
import { resultText } from "../output/text.js";
import { bestOnly, flatRecord, machineResult } from "../parts.js";
import { Tally } from "../tally.js";

/**
 * A result as machine output: matches with their `parts`; with
 * --no-readings, no `readings`; with --flat, its FlatRecord.
 */
function machine(req: DecodeRequest, out: Emitter<unknown>): Emitter<DecodeResult> {
  if (req.flat) return { item: (r) => out.item(flatRecord(r)), end: () => out.end() };
  return { item: (r) => out.item(machineResult(r, req.readings)), end: () => out.end() };
}

/** The object machine output has for an input whose decoding failed inside winerr. */
function internalResult(input: string, err: unknown): DecodeResult {
  const why = (err instanceof Error ? err.message : String(err)).replace(/\s*[\r\n]+\s*/g, " ").trim();
  return { input, ok: false, value: null, hex: null, signed: null, readings: [], matches: [], error: { code: "internal", message: `internal error: ${why}` } };
}

function emitterFor(req: DecodeRequest, io: Io): Emitter<DecodeResult> {
  switch (req.format) {
    case "json":
      return machine(req, jsonArray());
    case "ndjson":
      return machine(req, ndjson());
    case "text": {
      const style = pickStyle(io.stdoutIsTTY, io.env, req.color);
      let first = true;
      return {
        // Text is for people: inputs that were not understood are only on stderr.
        item: (r) => (r.ok ? (first ? ((first = false), "") : "\n") + resultText(r, style) : ""),
        end: () => "",
      };
    }
  }
}

/**
 * `winerr decode`: the results of each batch of input (the arguments, or
 * one chunk of stdin) are written as soon as it is decoded, in one write.
 */
export async function runDecode(req: DecodeRequest, io: Io): Promise<ExitCode> {
  const catalog = openCatalog(io.catalog);
  // The message-table reader loads only when asked for (cold start).
  const override = req.messages && (await import("./msgtable.js")).messageOverride(req.messages, io.env);
  const out = emitterFor(req, io);
  const tally = new Tally();
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
      let result: DecodeResult;
      try {
        result = decode(catalog, input);
        if (override) result = override(result);
      } catch (err) {
        // A bug on one input must not cost the others their answers; machine
        // output still has one object per input (error.code "internal").
        tally.internal();
        notes += errorLine(`winerr: ${shown(input)}`, err, req.debug);
        if (req.format !== "text") text += out.item(internalResult(input, err));
        continue;
      }
      tally.add(result);
      if (!result.ok) notes += `winerr: ${shown(input)}: ${result.error?.message ?? "not understood"}\n`;
      text += out.item(req.best ? bestOnly(result) : result);
    }
    await parts.end(text, notes);
  }
  await io.stdout.write(out.end());
  return tally.exitCode;
}

/**
 * `winerr serch access`: a first word close to a command (args.ts
 * nearCommand) is decoded first; only when it matches no entry is it taken
 * for a mistyped command (a usage error, before any output).
 */
export function refuseMistypedCommand(word: string, command: string, io: Io): void {
  const result = decode(openCatalog(io.catalog), word);
  if (result.ok && result.matches.length > 0) return;
  throw new ExitError(`unknown command '${word}'; did you mean '${command}'?`);
}
