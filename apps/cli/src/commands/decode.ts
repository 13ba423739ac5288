import { decode, type DecodeResult } from "@winerr/core";
import type { DecodeRequest } from "../args.js";
import { openCatalog } from "../catalog.js";
import { errorText, shown, type ExitCode } from "../errors.js";
import type { Io } from "../io.js";
import { readLines } from "../lines.js";
import { jsonArray, ndjson, type Emitter } from "../output/json.js";
import { pickStyle } from "../output/style.js";
import { resultText } from "../output/text.js";
import { Tally } from "../tally.js";

function emitterFor(req: DecodeRequest, io: Io): Emitter<DecodeResult> {
  switch (req.format) {
    case "json":
      return jsonArray(io.stdout);
    case "ndjson":
      return ndjson(io.stdout);
    case "text": {
      const style = pickStyle(io.stdoutIsTTY, io.env, req.color);
      let first = true;
      return {
        // Text is for people: inputs that were not understood are only on stderr.
        item: (r) => (r.ok ? io.stdout.write((first ? ((first = false), "") : "\n") + resultText(r, style)) : Promise.resolve()),
        end: async () => {},
      };
    }
  }
}

/** Inputs from argv, or lines of stdin (blank lines skipped), pulled one at a time. */
async function* inputsOf(req: DecodeRequest, io: Io): AsyncGenerator<string> {
  if (!req.stdin) {
    yield* req.inputs;
    return;
  }
  for await (const line of readLines(io.stdin)) if (line.text.trim() !== "") yield line.text;
}

/** `winerr decode`: each result is written as soon as it is decoded. */
export async function runDecode(req: DecodeRequest, io: Io): Promise<ExitCode> {
  const catalog = openCatalog(io.env);
  const out = emitterFor(req, io);
  const tally = new Tally();
  for await (const input of inputsOf(req, io)) {
    if (io.stdout.closed) break; // the reader went away (EPIPE): stop quietly
    let result: DecodeResult;
    try {
      result = decode(catalog, input);
    } catch (err) {
      // A bug on one input must not cost the others their answers.
      tally.internal();
      io.error(errorText(err, req.debug).replace("winerr: ", `winerr: ${shown(input)}: `));
      continue;
    }
    tally.add(result);
    if (!result.ok) io.error(`winerr: ${shown(input)}: ${result.error?.message ?? "not understood"}\n`);
    await out.item(result);
  }
  await out.end();
  return tally.exitCode;
}
