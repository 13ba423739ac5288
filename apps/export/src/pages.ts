import { formatHex, groupOf, pageOf, type Catalog, type Kind, type Page } from "@winerr/core";
import { KINDS } from "@winerr/core/schema";

/** The folder --format pages writes inside --out. */
export const PAGES_DIR = "pages";

/**
 * Page file names, relative to the pages folder: `<kind>/<NAME>.md`. Names
 * that two entries of one family share, or that differ only in case (one
 * file on Windows and macOS), get the value too: `<NAME>-0xXXXXXXXX.md`.
 */
export function pagePaths(catalog: Catalog, rows: readonly number[]): Map<number, string> {
  const byKey = new Map<string, number[]>();
  for (const i of rows) {
    const key = catalog.kindOf(i) + "/" + catalog.nameOf(i).toLowerCase();
    const list = byKey.get(key) ?? [];
    list.push(i);
    byKey.set(key, list);
  }
  const out = new Map<number, string>();
  for (const list of byKey.values()) {
    const seen = new Map<string, number>();
    for (const i of list) {
      let base = `${catalog.kindOf(i)}/${catalog.nameOf(i)}`;
      if (list.length > 1) base += `-${formatHex(catalog.valueOf(i))}`;
      // Same name (ignoring case) and same value: number the later ones.
      const low = base.toLowerCase();
      const n = (seen.get(low) ?? 0) + 1;
      seen.set(low, n);
      out.set(i, `${base}${n > 1 ? `-${n}` : ""}.md`);
    }
  }
  return out;
}

/** Markdown text with its special characters escaped, one line. */
export function md(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\`*_[\]<>|#~]/g, (c) => "\\" + c);
}

/** A block of message text: each line quoted and escaped, starts of list items defused. */
function quoted(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\n+$/, "")
    .split("\n")
    .map((l) => "> " + md(l).replace(/^([-+]|\d+\.)(\s)/, "\\$1$2"))
    .join("\n");
}

const RELATION: Record<Page["related"][number]["relation"], string> = {
  alias: "alias (same value)",
  "same-value": "same number, other family",
  "converts-to": "its wrapped form",
  "converts-from": "wrapped inside it",
  "group-neighbour": "neighbour in its group",
  "header-neighbour": "neighbour in its header",
  "same-message": "same message",
};

/**
 * One entry's page. `link` gives the relative path of another entry's page
 * when it is exported (null: plain text).
 */
export function pageMarkdown(p: Page, link: (kind: Kind, name: string, value: number) => string | null): string {
  const e = p.entry;
  const ref = (kind: Kind, name: string, value: number) => {
    const to = link(kind, name, value);
    return to === null ? `\`${name}\`` : `[\`${name}\`](${to})`;
  };
  const out: string[] = [];
  out.push(`# ${md(e.name)}`, "");
  out.push(`\`${e.kind}\` · \`${p.hex}\` · ${e.value >>> 0} unsigned · ${p.signed} signed`, "");
  out.push("## Message", "");
  out.push(e.message === null ? `*${md(e.header)} gives no message text for this entry.*` : `${quoted(e.message)}\n\n*The official message, from ${md(e.header)}.*`, "");
  const g = p.guidance;
  if (g === null) {
    out.push("## Meaning", "", "*No reviewed group covers this entry yet, so WinErr has no guidance for it; the related codes below are computed from the data.*", "");
  } else {
    out.push(`> **Guidance** for the group *${md(g.title)}*: ${md(g.label)}`, "");
    out.push("## Meaning", "", `**Component.** ${md(g.component)}`, "", md(g.meaning), "");
    out.push("## When it happens", "", md(g.when), "");
    out.push("## For developers and admins", "", md(g.check), "");
    if (g.tools.length > 0) {
      out.push("Tools and logs that show more:", "");
      for (const t of g.tools) out.push(`- [${md(t.name)}](${t.doc}): ${md(t.what)}`);
      out.push("");
    }
    out.push("References: " + g.refs.map((r) => `<${r}>`).join(", "), "");
  }
  if (p.conversions.length > 0) {
    out.push("## Conversions", "", "| Macro | Value | Family | Named in the headers |", "| --- | --- | --- | --- |");
    for (const c of p.conversions) {
      const macro = c.direction === "to" ? `${c.via}(this)` : `this = ${c.via}(${c.hex})`;
      const names = c.names.length === 0 ? "(none)" : c.names.map((n) => ref(c.kind, n, c.value)).join(", ");
      out.push(`| \`${macro}\` | \`${c.hex}\` | ${c.kind} | ${names} |`);
    }
    out.push("");
  }
  out.push("## Related", "");
  if (p.related.length === 0) out.push("*Nothing in the catalog relates to this entry by group, value, conversion or message.*", "");
  else {
    out.push("*Computed from the catalog.*", "", "| Name | Family | Value | Relation |", "| --- | --- | --- | --- |");
    for (const r of p.related) out.push(`| ${ref(r.kind, r.name, r.value)} | ${r.kind} | \`${r.hex}\` | ${RELATION[r.relation]}${r.via ? ` (${r.via})` : ""} |`);
    const listed = p.related.filter((r) => r.relation === "same-message").length;
    if (p.sameMessageTotal > listed) out.push("", `*${p.sameMessageTotal} entries share this message in all; the first are listed.*`);
    out.push("");
  }
  out.push("## Questions people ask", "", `*${md(p.questionsLabel)}*`, "");
  for (const q of p.questions) out.push(`**${md(q.question)}**`, "", md(q.answer), "");
  const v = p.provenance;
  out.push("## Provenance", "");
  out.push(`- Defined in \`${v.header}\`, line ${v.line}, in ${md(v.source)} ${md(v.version)}.`);
  out.push(`- Catalog date: ${v.catalogDate} (the newest source file read).`);
  out.push("");
  return out.join("\n");
}

const KIND_TITLE: Record<Kind, string> = {
  win32: "Win32 error codes", hresult: "HRESULTs", ntstatus: "NTSTATUS codes", bugcheck: "Bug check codes",
  event: "Event-log message ids", ldap: "LDAP result codes", errno: "C runtime errno values", mci: "MCI error codes",
  mmsys: "Multimedia (MMSYSERR) result codes", tapi: "TAPI error codes", cderr: "Common dialog error codes", netmon: "Network Monitor error codes",
  usbd: "USB request status codes (USBD_STATUS)", dhcp: "DHCP Server API error codes",
};

/** The index page: every exported entry by family, then by group (title order), then by value. */
export function indexMarkdown(catalog: Catalog, rows: readonly number[], paths: ReadonlyMap<number, string>): string {
  const out: string[] = ["# WinErr reference pages", ""];
  out.push(`${rows.length} entries; catalog date ${catalog.buildDate}. Official messages come from the headers; guidance is written by the WinErr authors and labelled on each page.`, "");
  for (const kind of KINDS) {
    const mine = rows.filter((i) => catalog.kindOf(i) === kind);
    if (mine.length === 0) continue;
    out.push(`## ${KIND_TITLE[kind]} (${mine.length})`, "");
    const groups = new Map<string, number[]>();
    for (const i of mine) {
      const title = groupOf(catalog, i)?.title ?? "";
      const list = groups.get(title) ?? [];
      list.push(i);
      groups.set(title, list);
    }
    const titles = [...groups.keys()].sort((a, b) => (a === "" ? 1 : b === "" ? -1 : a < b ? -1 : a > b ? 1 : 0));
    for (const t of titles) {
      const list = (groups.get(t) as number[]).sort((a, b) => catalog.valueOf(a) - catalog.valueOf(b) || (catalog.nameOf(a) < catalog.nameOf(b) ? -1 : 1));
      out.push(`### ${t === "" ? "Not in a reviewed group" : md(t)} (${list.length})`, "");
      for (const i of list) out.push(`- [\`${catalog.nameOf(i)}\`](${paths.get(i)}) \`${formatHex(catalog.valueOf(i))}\``);
      out.push("");
    }
  }
  return out.join("\n");
}

/** Every file of the pages folder, relative path and text, index first. */
export function* pageFiles(catalog: Catalog, rows: readonly number[]): Generator<{ path: string; text: string }> {
  const paths = pagePaths(catalog, rows);
  // Links between pages: by (kind, value, name), only to exported pages.
  const byKey = new Map<string, string>();
  for (const [i, path] of paths) byKey.set(`${catalog.kindOf(i)} ${catalog.valueOf(i)} ${catalog.nameOf(i)}`, path);
  yield { path: "index.md", text: indexMarkdown(catalog, rows, paths) };
  for (const i of rows) {
    const from = paths.get(i) as string;
    const link = (kind: Kind, name: string, value: number) => {
      const to = byKey.get(`${kind} ${value >>> 0} ${name}`);
      return to === undefined ? null : relative(from, to);
    };
    yield { path: from, text: pageMarkdown(pageOf(catalog, i), link) };
  }
}

// Both paths are "<kind>/<file>": a sibling, or one folder over.
function relative(from: string, to: string): string {
  const [fromDir] = from.split("/");
  const [toDir, toFile] = to.split("/");
  return fromDir === toDir ? (toFile as string) : `../${to}`;
}
