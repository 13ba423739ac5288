import { NATURAL_KINDS } from "@winerr/core";
import type { DecodeResult, Match, Reading } from "@winerr/core";
import { hresultText, ntstatusText } from "./bits.js";
import type { Style } from "./style.js";

/** Control characters shown escaped, so input cannot drive the terminal. */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const MAX_BITS_LINES = 4;

function readingText(r: Reading): string {
  const signed = r.signed === r.value ? "" : ` signed ${r.signed}`;
  const note = r.note ? ` (${r.note})` : "";
  return `${r.as} ${r.hex} = ${r.value}${signed}${note}`;
}

/** An alias under the entry it is defined as: one line, its own message only when it differs. */
function aliasText(m: Match, under: Match | undefined, s: Style): string {
  const line = `      ${s.dim("alias")}  ${s.name(m.name)}  ${m.kind}  ${m.hex}  ${s.dim(m.header)}  ${s.dim(`= ${m.aliasOf ?? ""}`)}\n`;
  if (m.message === null || m.message === under?.message) return line;
  return line + m.message.trimEnd().split(/\r?\n/).map((l) => `          ${visible(l)}`).join("\n") + "\n";
}

function matchText(m: Match, readings: readonly Reading[], s: Style): string {
  // Say which reading a match came from only when there is a choice.
  const as = readings[m.reading]?.as;
  const from = readings.length > 1 && as !== "name" ? ` from ${as}` : "";
  const alias = m.aliasOf === undefined ? "" : `  ${s.dim(`alias of ${m.aliasOf}`)}`;
  const head = `  ${s.name(m.name)}  ${m.kind}  ${m.hex}  ${m.value}  via ${m.via}${from}  ${s.dim(m.header)}${alias}`;
  if (m.message === null) return `${head}\n      ${s.dim("(no message text in the header)")}\n`;
  const body = m.message.trimEnd().split(/\r?\n/).map((l) => `      ${visible(l)}`).join("\n");
  return `${head}\n${body}\n`;
}

/**
 * One understood input for people: the input and its readings, each match
 * best first with its message, then a bit-level line per reading.
 */
export function resultText(r: DecodeResult, s: Style): string {
  const readings = r.readings.length <= MAX_BITS_LINES ? r.readings.map(readingText).join(" | ") : `names with ${r.readings.length} values`;
  const scope = r.family === undefined ? "" : `  ${s.dim(`(${r.family} only)`)}`;
  let out = `${s.bold(visible(r.input))}  ${readings}${scope}\n`;
  if (r.matches.length === 0) out += `  ${s.warn("no catalog entry has this value")}\n`;
  // Aliases follow the entry they are defined as (decode puts them there), indented under it.
  for (const m of r.matches) out += m.under === undefined ? matchText(m, r.readings, s) : aliasText(m, r.matches[m.under], s);
  if (r.omitted) out += `  ${s.dim(`... and ${r.omitted} more (narrow the name)`)}\n`;
  // A :PART name query can reach dozens of values; their bits would drown the matches.
  const shownReadings = r.readings.length <= MAX_BITS_LINES ? r.readings : [];
  if (shownReadings.length < r.readings.length) out += s.dim(`  bits: ${r.readings.length} values (see --json)`) + "\n";
  for (let k = 0; k < shownReadings.length; k++) {
    const reading = shownReadings[k] as (typeof shownReadings)[number];
    // A name of a family of its own (errno, ldap, event, ...) has no bit fields: no bit reading (docs/contracts.md, "Families").
    if (reading.as === "name" && r.matches.every((m) => m.reading !== k || !NATURAL_KINDS.includes(m.kind))) continue;
    const label = r.readings.length > 1 ? `${reading.as} ` : "";
    out += s.dim(`  bits ${label}${reading.hex}: ${hresultText(reading.hresult)} | ${ntstatusText(reading.ntstatus)}`) + "\n";
  }
  return out;
}
