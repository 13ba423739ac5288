import type { Catalog, MessagePart, Relation } from "@winerr/core";
import { formatHex } from "@winerr/core/bits";
import { wrapWords } from "./fit.js";
import type { Bits, Detail } from "./model.js";

/** Short relation labels for the Related section (winerr show spells them out). */
const RELATION_LABEL: Record<Relation, string> = {
  alias: "alias",
  "same-value": "same number",
  "converts-to": "wrapped",
  "converts-from": "inside",
  "group-neighbour": "group",
  "header-neighbour": "header",
  "same-message": "same text",
};

/**
 * The detail pane as lines, each one row on screen: the message and the
 * prose come wrapped to the pane's width, so the page scrolls by line. Links
 * carry their position among the entry's links (linksOf order). A message
 * line lists the inserts (`<%1>`) it holds, which the pane underlines.
 */
export type DetailLine =
  | { type: "title"; name: string; kind: string }
  | { type: "values"; hex: string; unsigned: number; signed: number }
  | { type: "message"; text: string; inserts: readonly string[] }
  | { type: "noMessage" }
  | { type: "section"; text: string }
  | { type: "text"; text: string }
  | { type: "link"; label: string; name: string | null; hex: string; link: number | null }
  | { type: "guidance"; text: string }
  /** A web link of the guidance, in full: one line per `width` cells; `ref` counts after the entry's links (linksOf). */
  | { type: "ref"; text: string; url: string; ref: number; first: boolean };

function yesNo(b: boolean): string {
  return b ? "1" : "0";
}

function facility(n: number, names: readonly string[]): string {
  return `facility ${n}${names.length > 0 ? " " + names.join(" / ") : " (no name in the headers)"}`;
}

export function bitLines(b: Bits): string[] {
  if (b.layout === "plain") return [`plain code ${b.code} (0x${b.code.toString(16).toUpperCase()}), no bit fields`];
  if (b.layout === "hresult") {
    const h = b.bits;
    return [
      `HRESULT: severity ${h.severity} · R ${yesNo(h.reserved)} · customer ${yesNo(h.customer)} · N ${yesNo(h.ntstatus)} · X ${yesNo(h.x)}`,
      `${facility(h.facility, h.facilityNames)}${h.ntstatus ? " (NTSTATUS table)" : ""} · code ${h.code} (0x${h.code.toString(16).toUpperCase()})`,
    ];
  }
  const n = b.bits;
  return [
    `NTSTATUS: severity ${n.severity} · customer ${yesNo(n.customer)} · N ${yesNo(n.reserved)}`,
    `${facility(n.facility, n.facilityNames)} · code ${n.code} (0x${n.code.toString(16).toUpperCase()})`,
  ];
}

/** The message wrapped to `width` cells, its paragraphs kept; inserts written as `<raw>`. */
export function messageLines(parts: MessagePart[] | null, width: number): DetailLine[] {
  if (parts === null) return [{ type: "noMessage" }];
  const inserts = parts.flatMap((p) => (p.type === "insert" ? ["<" + p.raw + ">"] : []));
  let text = "";
  for (const p of parts) text += p.type === "insert" ? "<" + p.raw + ">" : p.text;
  const out: DetailLine[] = [];
  const paragraphs = text.replace(/\r\n?/g, "\n").replace(/\n+$/, "").split("\n");
  for (const para of paragraphs) {
    for (const line of para.trim() === "" ? [""] : wrapWords(para, width)) out.push({ type: "message", text: line, inserts: inserts.filter((x) => line.includes(x)) });
  }
  return out;
}

/**
 * The pane's lines for a pane `width` cells wide: guidance and questions
 * come wrapped, a line per row, so the pane scrolls by line (PgUp/PgDn).
 */
export function detailLines(catalog: Catalog, d: Detail, width = 80): DetailLine[] {
  const e = d.entry;
  const out: DetailLine[] = [
    { type: "title", name: e.name, kind: e.kind },
    { type: "values", hex: d.hex, unsigned: e.value >>> 0, signed: d.signed },
    ...messageLines(d.message, width),
    { type: "section", text: "Bits" },
    ...bitLines(d.bits).map((text): DetailLine => ({ type: "text", text })),
  ];
  let link = 0;
  if (d.conversions.length > 0) {
    out.push({ type: "section", text: "Conversions" });
    for (const c of d.conversions) {
      const label = c.direction === "to" ? `${c.via}(this) =` : `inside: ${c.via}(${c.kind})`;
      if (c.entries.length === 0) out.push({ type: "link", label, name: null, hex: c.hex, link: null });
      for (const i of c.entries) out.push({ type: "link", label, name: catalog.nameOf(i), hex: c.hex, link: link++ });
    }
  }
  const g = d.page.guidance;
  if (d.related.length > 0) {
    out.push({ type: "section", text: g !== null ? `Related (computed; group: ${g.title})` : `Related (computed; no reviewed group, neighbours in ${e.header})` });
    for (const r of d.related) {
      out.push({ type: "link", label: RELATION_LABEL[r.relation].padEnd(11), name: catalog.nameOf(r.index), hex: formatHex(catalog.valueOf(r.index)), link: link++ });
    }
  }
  out.push({ type: "section", text: "Source" });
  if (d.messageSource !== undefined) {
    const l = d.messageSource.lang;
    out.push({ type: "text", text: `message: ${d.messageSource.file} (LANGID 0x${l.toString(16).toUpperCase().padStart(4, "0")})` });
  }
  out.push({ type: "text", text: `${e.header} line ${e.line} · ${e.source.name} ${e.source.version} · catalog ${d.page.provenance.catalogDate}` });
  const prose = (text: string, indent = "  ") => {
    for (const line of wrapWords(text, width - indent.length)) out.push({ type: "guidance", text: indent + line });
  };
  if (g !== null) {
    out.push({ type: "section", text: `Guidance: ${g.title}` });
    out.push({ type: "text", text: "written by the WinErr authors, not by Microsoft" });
    prose(`Component: ${g.component}`);
    prose(`Meaning: ${g.meaning}`);
    prose(`When: ${g.when}`);
    prose(`Check: ${g.check}`);
    if (g.tools.length > 0) prose(`Tools: ${g.tools.map((t) => t.name).join("; ")}`);
    if (g.refs.length > 0) {
      out.push({ type: "section", text: "Links (Tab chooses, Enter or o opens in the browser)" });
      g.refs.forEach((url, k) => {
        const chars = Array.from(url);
        const w = Math.max(8, width - 2);
        for (let at = 0; at < chars.length; at += w) out.push({ type: "ref", text: chars.slice(at, at + w).join(""), url, ref: link + k, first: at === 0 });
      });
    }
  }
  out.push({ type: "section", text: "Questions (answers computed from the catalog)" });
  for (const q of d.page.questions) {
    prose(q.question);
    prose(q.answer, "    ");
  }
  return out;
}

/** The scroll clamped to the page: never past its last screenful. */
export function clampScroll(lines: readonly DetailLine[], height: number, scroll: number): number {
  return Math.max(0, Math.min(scroll, lines.length - Math.max(1, height)));
}

/** Line of link `link` in the page (an entry's link, or the first line of a web link), or -1. */
export function linkLine(lines: readonly DetailLine[], link: number): number {
  return lines.findIndex((l) => (l.type === "link" && l.link === link) || (l.type === "ref" && l.ref === link && l.first));
}

/** How many links the page has to choose from: the entry's, then the web links. */
export function choiceCount(lines: readonly DetailLine[]): number {
  let n = 0;
  for (const l of lines) if ((l.type === "link" && l.link !== null) || (l.type === "ref" && l.first)) n++;
  return n;
}

/** The web link chosen as `link`, if it is one. */
export function refAt(lines: readonly DetailLine[], link: number): string | undefined {
  for (const l of lines) if (l.type === "ref" && l.ref === link) return l.url;
  return undefined;
}

/** The smallest change of `scroll` that shows line `at` in `height` rows. */
export function scrollTo(lines: readonly DetailLine[], height: number, scroll: number, at: number): number {
  if (at < 0) return clampScroll(lines, height, scroll);
  let t = scroll;
  if (at < t) t = at;
  if (at >= t + height) t = at - height + 1;
  return clampScroll(lines, height, t);
}

/** The plain text of a line, as find searches it. */
export function lineText(l: DetailLine): string {
  switch (l.type) {
    case "title":
      return `${l.name} ${l.kind}`;
    case "values":
      return `${l.hex} · unsigned ${l.unsigned} · signed ${l.signed}`;
    case "message":
      return l.text;
    case "noMessage":
      return NO_MESSAGE;
    case "section":
      return l.text;
    case "text":
      return "  " + l.text;
    case "guidance":
      return l.text;
    case "link":
      return `  ${l.label} ${l.hex} ${l.name ?? "not in catalog"}`;
    case "ref":
      return "  " + l.text;
  }
}

export const NO_MESSAGE = "(the header gives no message text)";

/** Lines holding `needle` (case-insensitive), in page order. */
export function findLines(lines: readonly DetailLine[], needle: string): number[] {
  const n = needle.toLowerCase();
  if (n === "") return [];
  const out: number[] = [];
  lines.forEach((l, i) => {
    if (lineText(l).toLowerCase().includes(n)) out.push(i);
  });
  return out;
}
