import type { DecodeResult } from "@winerr/core";
import type { MsgtableRow } from "@winerr/core/output-schema";
import { MessageOverrideError, messageOverride as override, parseLang, readMessageFile, type OverrideOptions } from "@winerr/host/message-override";
import { findMessage, readMessageTables } from "@winerr/msgtable";
import type { Format } from "../args.js";
import { CliError, EXIT, type ExitCode } from "../errors.js";
import type { Io } from "../io.js";
import { jsonArray, ndjson } from "../output/json.js";

const reader = { readMessageTables, findMessage };

/** The host's refusals are the CLI's usage errors (exit 2). */
function usage<T>(f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (err instanceof MessageOverrideError) throw new CliError(err.message);
    throw err;
  }
}

const hex4 = (n: number): string => `0x${n.toString(16).toUpperCase().padStart(4, "0")}`;

/** `winerr msgtable <file>`: every (language, message id) of a file's message tables. */
export async function runMsgtable(opts: { file: string; format: Format; lang?: string }, io: Io): Promise<ExitCode> {
  const choice = opts.lang === undefined ? undefined : usage(() => parseLang(opts.lang as string));
  if (choice !== undefined && "tag" in choice) throw new CliError("msgtable --lang takes a LANGID (1031 or 0x0407)");
  // The JSON contract is core's MsgtableRow (zod; only its type here, so zod is not loaded).
  const rows: MsgtableRow[] = usage(() => readMessageFile(opts.file, reader))
    .filter((t) => choice === undefined || t.lang === choice.langid)
    .flatMap((t) => t.entries.map((e) => ({ lang: t.lang, id: e.id, text: e.text, encoding: e.encoding })));
  if (opts.format === "text") {
    const text = rows.map((r) => `${hex4(r.lang)}  ${r.id}  0x${r.id.toString(16).toUpperCase().padStart(8, "0")}  ${r.text.trimEnd().replace(/\r?\n/g, "\\n")}\n`).join("");
    await io.stdout.write(text);
  } else {
    const out = opts.format === "json" ? jsonArray<MsgtableRow>() : ndjson<MsgtableRow>();
    await io.stdout.write(rows.map((r) => out.item(r)).join("") + out.end());
  }
  return rows.length > 0 ? EXIT.ok : EXIT.noMatch;
}

/**
 * Decode's --module/--system (@winerr/host's messageOverride): where a file
 * has a text for a match's value, the match's message is that text and
 * `messageSource` names the file and LANGID.
 */
export function messageOverride(opts: OverrideOptions, env: NodeJS.ProcessEnv): (r: DecodeResult) => DecodeResult {
  const text = usage(() => override(opts, reader, env));
  return (r) =>
    r.ok
      ? {
          ...r,
          matches: r.matches.map((m) => {
            const o = text(m.kind, m.value);
            return o === undefined ? m : { ...m, message: o.text, messageSource: { file: o.file, lang: o.lang } };
          }),
        }
      : r;
}
