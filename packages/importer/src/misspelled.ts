import type { Define } from "./parse-header.js";

/**
 * Message blocks whose MessageId does not match the define that closes them
 * (README, "Misspelled MessageIds"). The block right before define D names
 * another symbol X. D takes the block's text only when all of these hold:
 *
 * 1. X is an identifier and nothing but comments stands between the block and D;
 * 2. D is object-like and no other block of the header names D;
 * 3. X is not a define of the header that lacks a block of its own (the text
 *    could be X's, misplaced);
 * 4. one piece of evidence ties the block to D:
 *    - `hex-value`: the block's `Hex Value:` line equals D's value;
 *    - `copied-id`: X is a define of the header with a block of its own, so
 *      the MessageId line was copied from X's block;
 *    - `edit-distance`: X is at most 2 edits from D (a misspelling).
 * A block stating another Hex Value than D's is never paired.
 */
export type PairEvidence = "hex-value" | "copied-id" | "edit-distance";

export interface PairedBlock { name: string; id: string; line: number; value: number; evidence: PairEvidence; distance: number; text: string }
export interface RefusedBlock { name: string; id: string; line: number; reason: string }

export const MAX_NAME_DISTANCE = 2;

/** Levenshtein distance with adjacent transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** Decides, for one header, which defines take the text of a block naming another symbol. */
export function pairMisspelled(defines: readonly Define[], valueOf: (d: Define) => number | null): { paired: Map<Define, PairedBlock>; refused: RefusedBlock[] } {
  const paired = new Map<Define, PairedBlock>();
  const refused: RefusedBlock[] = [];
  const named = new Set<string>();
  const withBlock = new Set<string>();
  const blockIds = new Map<string, number>();
  for (const d of defines) {
    named.add(d.name);
    if (d.mc !== null) withBlock.add(d.name);
    const id = d.mc?.id || d.mcUnmatched?.id;
    if (id) blockIds.set(id, (blockIds.get(id) ?? 0) + 1);
  }
  for (const d of defines) {
    const b = d.mcUnmatched;
    if (b === undefined) continue;
    const refuse = (reason: string): void => { refused.push({ name: d.name, id: b.id, line: d.line, reason }); };
    if (!/^[A-Za-z_]\w*$/.test(b.id)) { refuse("the MessageId is not a name"); continue; }
    if (b.interrupted) { refuse("code stands between the block and the define"); continue; }
    if (d.params !== null) { refuse("the define is function-like"); continue; }
    if (withBlock.has(d.name) || blockIds.has(d.name)) { refuse("another block names the define"); continue; }
    if (b.text === null) { refuse("the block has no text"); continue; }
    const copied = named.has(b.id) && withBlock.has(b.id);
    if (named.has(b.id) && !copied) { refuse(`${b.id} is a define of the header without a block`); continue; }
    const value = valueOf(d);
    if (value === null) { refuse("the define's value cannot be computed"); continue; }
    if (b.hex !== null && b.hex !== value) { refuse(`the block's Hex Value 0x${b.hex.toString(16).toUpperCase()} is not the define's`); continue; }
    const distance = editDistance(b.id, d.name);
    const evidence: PairEvidence | null = b.hex === value ? "hex-value" : copied ? "copied-id" : distance <= MAX_NAME_DISTANCE ? "edit-distance" : null;
    if (evidence === null) { refuse(`no evidence ties the block to the define (names ${distance} edits apart, no Hex Value)`); continue; }
    paired.set(d, { name: d.name, id: b.id, line: d.line, value, evidence, distance, text: b.text });
  }
  return { paired, refused };
}

const hex8 = (n: number): string => `0x${n.toString(16).toUpperCase().padStart(8, "0")}`;
const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** REPORT.md's "Misspelled MessageIds" section, from every source's scan. */
export function renderMisspelledSection(scans: readonly { source: number; misspelled: { paired: (PairedBlock & { path: string })[]; refused: (RefusedBlock & { path: string })[] } }[]): string[] {
  const paired = scans.flatMap((s) => s.misspelled.paired.map((p) => ({ ...p, source: s.source })));
  const refused = scans.flatMap((s) => s.misspelled.refused.map((r) => ({ ...r, source: s.source })));
  const out = ["## Misspelled MessageIds", ""];
  out.push(
    "A MessageId block right before a define that has another name. The define takes the block's text when nothing but comments stands between them, no other block names the define, the MessageId is not a define of the header without a block of its own, and one piece of evidence ties them: the block's Hex Value is the define's value (`hex-value`), the MessageId was copied from another define's block (`copied-id`), or the names are at most 2 edits apart (`edit-distance`). README, \"Misspelled MessageIds\".",
    "",
    `Given the block's text: ${paired.length}. Refused: ${refused.length}.`,
    "",
  );
  if (paired.length > 0) out.push("| source | header | line | define | MessageId | value | evidence | edits |", "|---|---|---|---|---|---|---|---|", ...paired.map((p) => `| ${p.source} | ${p.path} | ${p.line} | ${p.name} | ${p.id} | ${hex8(p.value)} | ${p.evidence} | ${p.distance} |`), "");
  if (refused.length > 0) out.push("| source | header | line | define | MessageId | why not |", "|---|---|---|---|---|---|", ...refused.map((r) => `| ${r.source} | ${r.path} | ${r.line} | ${r.name} | ${cell(r.id)} | ${cell(r.reason)} |`), "");
  return out;
}
