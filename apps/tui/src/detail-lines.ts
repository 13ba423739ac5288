import type { Catalog, MessagePart, Relation } from "@winerr/core";
import { formatHex } from "@winerr/core";
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
 * The detail pane as lines: each is one row on screen except `message`,
 * which wraps unless the pane is in link mode (`guidance` lines come
 * wrapped to the pane). Links carry their position among the entry's links
 * (linksOf order).
 */
export type DetailLine =
  | { type: "title"; name: string; kind: string }
  | { type: "values"; hex: string; unsigned: number; signed: number }
  | { type: "message"; parts: MessagePart[] | null }
  | { type: "section"; text: string }
  | { type: "text"; text: string }
  | { type: "link"; label: string; name: string | null; hex: string; link: number | null }
  | { type: "guidance"; text: string };

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

/**
 * The pane's lines for a pane `width` cells wide: guidance and questions
 * come wrapped, a line per row, so the pane scrolls by line (PgUp/PgDn).
 */
export function detailLines(catalog: Catalog, d: Detail, width = 80): DetailLine[] {
  const e = d.entry;
  const out: DetailLine[] = [
    { type: "title", name: e.name, kind: e.kind },
    { type: "values", hex: d.hex, unsigned: e.value >>> 0, signed: d.signed },
    { type: "message", parts: d.message },
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
    for (const r of g.refs) out.push({ type: "text", text: r });
  }
  out.push({ type: "section", text: "Questions (answers computed from the catalog)" });
  for (const q of d.page.questions) {
    prose(q.question);
    prose(q.answer, "    ");
  }
  return out;
}

/**
 * First line to show: `scroll` when the user paged the pane (it is then
 * kept within the lines), else so that the chosen link is visible.
 */
export function paneTop(lines: readonly DetailLine[], link: number, height: number, scroll: number | null): number {
  if (scroll === null) return linkScroll(lines, link, height);
  return Math.max(0, Math.min(scroll, lines.length - height));
}

/** First line to show so the chosen link is visible in `height` one-row lines. */
export function linkScroll(lines: readonly DetailLine[], link: number, height: number): number {
  const at = lines.findIndex((l) => l.type === "link" && l.link === link);
  if (at < 0 || height <= 0) return 0;
  // Keep the title visible when the link fits below it.
  return at < height ? 0 : Math.min(at - height + 2, lines.length - height);
}
