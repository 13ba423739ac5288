import type { Page } from "@winerr/core";
import type { Style } from "./style.js";
import { visible } from "./text.js";

const RELATION_TEXT: Record<Page["related"][number]["relation"], string> = {
  alias: "alias (same value)",
  "same-value": "same number, other family",
  "converts-to": "its wrapped form",
  "converts-from": "wrapped inside it",
  "group-neighbour": "in its group",
  "header-neighbour": "nearby in its header",
  "same-message": "same message",
};

function field(label: string, text: string): string {
  return `  ${label.padEnd(10)} ${visible(text)}\n`;
}

/** A reference page for people (winerr show). */
export function pageText(p: Page & { otherMatches?: { name: string; kind: string; hex: string; via: string }[] }, s: Style): string {
  const e = p.entry;
  let out = `${s.name(e.name)}  ${e.kind}  ${p.hex}  ${e.value >>> 0}${p.signed !== e.value ? `  (signed ${p.signed})` : ""}\n`;
  out += `\n${s.bold("Message")} ${s.dim(`(official, ${e.header})`)}\n`;
  out += e.message === null ? `  ${s.dim("(no message text in the header)")}\n` : e.message.trimEnd().split(/\r?\n/).map((l) => `  ${visible(l)}\n`).join("");
  const g = p.guidance;
  if (g !== null) {
    out += `\n${s.bold(`Guidance: ${g.title}`)} ${s.dim(`(group ${g.group})`)}\n`;
    out += `  ${s.warn(g.label)}\n`;
    out += field("Component", g.component) + field("Meaning", g.meaning) + field("When", g.when) + field("Check", g.check);
    if (g.tools.length > 0) out += field("Tools", g.tools.map((t) => t.name).join("; "));
    for (const r of g.refs) out += field("Reference", r);
  } else {
    out += `\n${s.bold("Guidance")}\n  ${s.dim("(no reviewed group covers this entry yet)")}\n`;
  }
  if (p.conversions.length > 0) {
    out += `\n${s.bold("Conversions")} ${s.dim("(computed)")}\n`;
    for (const c of p.conversions) {
      const head = c.direction === "to" ? `${c.via}(this) = ${c.hex}` : `inside: ${c.via}(${c.hex}), a ${c.kind} code`;
      out += `  ${head}  ${c.names.length > 0 ? s.name(c.names.join(", ")) : s.dim("(no header names this value)")}\n`;
    }
  }
  if (p.related.length > 0) {
    out += `\n${s.bold("Related")} ${s.dim("(computed from the catalog)")}\n`;
    const width = Math.max(...p.related.map((r) => r.name.length));
    for (const r of p.related) out += `  ${r.name.padEnd(width)}  ${r.kind.padEnd(8)} ${r.hex}  ${s.dim(RELATION_TEXT[r.relation] + (r.via ? ` (${r.via})` : ""))}\n`;
    if (p.sameMessageTotal > p.related.filter((r) => r.relation === "same-message").length) out += `  ${s.dim(`(${p.sameMessageTotal} entries share the message in all)`)}\n`;
  }
  if (p.otherMatches !== undefined && p.otherMatches.length > 0) {
    out += `\n${s.bold("The input can also mean")} ${s.dim("(decode's other matches)")}\n`;
    for (const m of p.otherMatches) out += `  ${m.name}  ${m.kind}  ${m.hex}  ${s.dim(`via ${m.via}`)}\n`;
  }
  out += `\n${s.bold("Questions")} ${s.dim(`(${p.questionsLabel})`)}\n`;
  for (const q of p.questions) out += `  ${q.question}\n    ${visible(q.answer)}\n`;
  const v = p.provenance;
  out += `\n${s.bold("Source")}\n  ${v.header} line ${v.line} · ${v.source} ${v.version} · catalog ${v.catalogDate}\n`;
  return out;
}
