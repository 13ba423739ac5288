import type { Define } from "./parse-header.js";
import { COMMENT_RULES, type CommentRule } from "./rules.js";

/** Text, not a tag: at least two words with letters (`// winnt`, `// ???` are not). */
export function isCommentText(text: string): boolean {
  return (text.match(/[A-Za-z]{2,}/g) ?? []).length >= 2;
}

/** A headline: a code's name, maybe with its value in hex and decimal (sperror.h `*** SP_END_OF_STREAM 0x00045005 282629`). */
const HEADLINE = /^[*\s]*[A-Za-z_]\w*(\s+(0x[0-9A-Fa-f]+|-?\d+)L?)*\s*$/;

/** The part of a comment a rule takes as text (rules.ts CommentRule `headline`, `lastParagraph`); null when nothing is left. */
export function shapeComment(rule: Pick<CommentRule, "headline" | "lastParagraph">, comment: string): string | null {
  let lines = comment.split("\n");
  if (rule.headline && lines.length > 0 && HEADLINE.test(lines[0]!)) lines = lines.slice(1);
  const trim = (): void => {
    while (lines.length > 0 && lines[0]!.trim() === "") lines.shift();
    while (lines.length > 0 && lines[lines.length - 1]!.trim() === "") lines.pop();
  };
  trim();
  if (rule.lastParagraph) lines = lines.slice(lines.findLastIndex((l) => l.trim() === "") + 1);
  return lines.length === 0 ? null : lines.join("\n");
}

export interface CommentGiven { name: string; line: number; text: string }
export interface CommentDropped { name: string; line: number; text: string; reason: string }

/** The rule for a header (lower-case basename), or undefined. */
export const commentRuleFor = (header: string): CommentRule | undefined => COMMENT_RULES.find((r) => r.header === header.toLowerCase());

/**
 * The texts a header's comment rule gives its typed codes. A text the
 * header puts beside codes of different values is kept for the first value
 * only (stierr.h's "The application requires newer version" on
 * STIERR_OLD_VERSION, then copied to STIERR_NOT_INITIALIZED): the later
 * ones are dropped and reported. `valueOf` is null for a define that is not a code.
 */
export function commentTexts(rule: CommentRule, defines: readonly Define[], valueOf: (d: Define) => number | null): { texts: Map<Define, string>; given: CommentGiven[]; dropped: CommentDropped[] } {
  const texts = new Map<Define, string>();
  const given: CommentGiven[] = [];
  const dropped: CommentDropped[] = [];
  const firstValue = new Map<string, number>();
  for (const d of defines) {
    if (d.params !== null || d.mc !== null || d.beside === undefined) continue;
    const comment = rule.place === "trailing" ? d.beside.continued : d.beside.gap === (rule.gap ?? 0) ? d.beside.preceding : null;
    if (comment === null) continue;
    const text = shapeComment(rule, comment);
    if (text === null) { dropped.push({ name: d.name, line: d.line, text: comment, reason: "only a headline" }); continue; }
    const value = valueOf(d);
    if (value === null) continue;
    if (!isCommentText(text) || rule.notText?.test(text)) { dropped.push({ name: d.name, line: d.line, text, reason: "not text" }); continue; }
    const key = text.replace(/\s+/g, " ");
    const first = firstValue.get(key);
    if (first === undefined) firstValue.set(key, value);
    else if (first !== value && !rule.copiesAllowed) { dropped.push({ name: d.name, line: d.line, text, reason: `the same text is beside 0x${(first >>> 0).toString(16).toUpperCase().padStart(8, "0")} above` }); continue; }
    texts.set(d, text);
    given.push({ name: d.name, line: d.line, text });
  }
  return { texts, given, dropped };
}

const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** REPORT.md's "Comments as text" section. */
export function renderCommentSection(scans: readonly { source: number; commentText: { path: string; given: number; dropped: CommentDropped[] }[] }[]): string[] {
  const rows = scans.flatMap((s) => s.commentText.map((c) => ({ ...c, source: s.source })));
  const out = ["## Comments as text", ""];
  out.push(
    "Typed codes of the headers in rules.ts COMMENT_RULES take the comment beside the define as their message (README, \"Comments as text\"). Not taken: comments that are not text (fewer than two words; per-header tags), and a text the header already put beside a code of another value (copied).",
    "",
  );
  if (rows.length === 0) return [...out, "None.", ""];
  out.push("| source | header | rule | given a text | not taken |", "|---|---|---|---|---|");
  for (const r of rows) out.push(`| ${r.source} | ${r.path} | ${COMMENT_RULES.find((x) => r.path.toLowerCase().endsWith(x.header))?.place ?? ""} | ${r.given} | ${r.dropped.length} |`);
  out.push("", `Given a text: ${rows.reduce((n, r) => n + r.given, 0)}.`, "");
  const dropped = rows.flatMap((r) => r.dropped.map((d) => ({ ...d, path: r.path, source: r.source })));
  if (dropped.length > 0) out.push("| source | header | line | define | comment | why not |", "|---|---|---|---|---|---|", ...dropped.map((d) => `| ${d.source} | ${d.path} | ${d.line} | ${d.name} | ${cell(JSON.stringify(d.text))} | ${cell(d.reason)} |`), "");
  return out;
}
