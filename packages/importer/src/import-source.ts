import type { Kind } from "@winerr/core/schema";
import { evaluate, Unevaluable, type Evaluation, type MacroDef, type Scope, type Trait } from "./evaluate.js";
import { compareStrings, fileTimeUtc, findPackageZip, listHeaders, readHeader, zipEntryTimes } from "./files.js";
import { commentRuleFor, commentTexts, type CommentDropped } from "./comment-text.js";
import { kindOf } from "./kind.js";
import { pairMisspelled, type PairedBlock, type RefusedBlock } from "./misspelled.js";
import { parseHeader, type Define, type ParsedHeader } from "./parse-header.js";
import {
  BUGCODES_STRING_NAME, EVENT_NAME, EXCLUDED_HEADERS, FACILITY_NAME, headerRank, isCategoryName, isCodeCast, NOT_A_CODE, PLAIN_RULES,
  SEVERITY_NAME, STRING_ID_NAME, TYPED_CODE_NAME, TYPED_NOT_A_CODE, type LeftOutRule,
} from "./rules.js";
import { join, relative, sep } from "node:path";

/** How a define was recognised as an error code. */
export type Origin = "mc" | "plain" | "table" | "typed" | "alias" | "variant";

export interface Candidate {
  name: string;
  kind: Kind;
  value: number;
  message: string | null;
  /** Header basename as spelled in the tree. */
  header: string;
  /** Path relative to the source root. */
  path: string;
  line: number;
  source: number;
  origin: Origin;
  /** The name this entry is defined as (`#define A B`: B); null for a code of its own. */
  aliasOf: string | null;
  /** Source row of the message when another source than the header's gave it (dotnet.ts); the catalog row names this one. */
  textSource?: number;
}

export interface Unevaluated { path: string; name: string; body: string; reason: string }
export interface SymbolCollision { name: string; used: string; others: string[] }
/** A define that looked like a code and a rule left out (REPORT.md, "Left out by rule"). */
export interface LeftOut { rule: LeftOutRule; path: string; name: string; value: number; line: number; message: string | null }
/** A name one header defines again with another value (or one we cannot compute): the first is kept. */
export interface Redefinition { path: string; name: string; kept: { line: number; value: number; body: string }; other: { line: number; value: number | null; body: string } }

export interface SourceScan {
  source: number;
  headersRead: number;
  candidates: Candidate[];
  unevaluated: Unevaluated[];
  /** A global symbol resolved across headers where other headers define it differently. */
  collisions: SymbolCollision[];
  /** FACILITY_* from winerror.h (hresult) and ntstatus.h (ntstatus): number -> names. */
  facilities: { hresult: Map<number, Set<string>>; ntstatus: Map<number, Set<string>> };
  /**
   * Newest file time ("YYYY-MM-DDTHH:MM:SS") of the headers that gave at least
   * one entry or facility: the zip entry time when the tree was extracted from
   * a package next to it (NuGet), else the mtime read in UTC (README, "Determinism").
   */
  newestTime: string;
  /** How many of those headers had their time from the package zip, and from mtime. */
  timeFrom: { zip: number; mtime: number };
  leftOut: LeftOut[];
  redefined: Redefinition[];
  excluded: string[];
  /** MessageId blocks naming another symbol: given to the define that closes them (misspelled.ts), or refused. */
  misspelled: { paired: (PairedBlock & { path: string })[]; refused: (RefusedBlock & { path: string })[] };
  /** Headers with a comment rule (rules.ts COMMENT_RULES): typed codes given a comment's text, and comments not taken. */
  commentText: { path: string; given: number; dropped: CommentDropped[] }[];
}

const basename = (p: string): string => p.slice(p.lastIndexOf("/") + 1);

/** Quick filter before evaluating: bodies that carry a family mark. */
const TYPED_HINT = /_HRESULT_TYPEDEF_|MAKE_HRESULT|MAKE_SCODE|\bHRESULT\b|\bSCODE\b|\bNTSTATUS\b|DRM_RESULT|_FROM_WIN32|HRESULT_FROM_NT/;
const TABLE_HEADERS = new Set(["winerror.h", "ntstatus.h"]);
const VALUE_SHAPED = /^(\(|[0-9]|_HRESULT_TYPEDEF_|_NDIS_ERROR_TYPEDEF_|MAKE_|(__)?(HRESULT|NTSTATUS)_FROM_)/;
const ALIAS_BODY = /^\(?\s*([A-Za-z_]\w*)\s*\)?$/;

interface Parsed { path: string; header: string; parsed: ParsedHeader }

/** Reads one header tree and returns every error-code define it recognises. */
export function scanSource(root: string, source: number): SourceScan {
  const excluded: string[] = [];
  const files: Parsed[] = [];
  for (const path of listHeaders(root)) {
    const header = basename(path);
    if (EXCLUDED_HEADERS[header.toLowerCase()] !== undefined) { excluded.push(path); continue; }
    files.push({ path, header, parsed: parseHeader(readHeader(join(root, path))) });
  }
  // Global symbol table in header priority order; a header's own defines win.
  const ordered = [...files].sort((a, b) => headerRank(a.header) - headerRank(b.header) || compareStrings(a.path, b.path));
  const global = new Map<string, { path: string; def: Define }[]>();
  const local = new Map<string, Map<string, Define>>();
  for (const f of ordered) {
    const own = new Map<string, Define>();
    for (const d of f.parsed.defines) {
      if (!own.has(d.name)) own.set(d.name, d);
      let list = global.get(d.name);
      if (!list) global.set(d.name, (list = []));
      list.push({ path: f.path, def: d });
    }
    local.set(f.path, own);
  }
  const collisions = new Map<string, SymbolCollision>();
  const checked = new Set<string>();
  const scopeFor = (path: string): Scope => ({
    lookup(name: string): MacroDef | undefined {
      const own = local.get(path)!.get(name);
      if (own) return own;
      const list = global.get(name);
      if (!list) return undefined;
      const first = list[0]!;
      if (!checked.has(name)) {
        checked.add(name);
        const sig = (d: Define): string => `${(d.params ?? []).join()}|${d.body}`;
        const others = list.filter((x) => sig(x.def) !== sig(first.def));
        if (others.length > 0) collisions.set(name, { name, used: first.path, others: [...new Set(others.map((o) => o.path))] });
      }
      return first.def;
    },
  });

  const candidates: Candidate[] = [];
  const unevaluated: Unevaluated[] = [];
  const leftOut: LeftOut[] = [];
  const redefined: Redefinition[] = [];
  const misspelled: SourceScan["misspelled"] = { paired: [], refused: [] };
  const commentText: SourceScan["commentText"] = [];
  const facilities = { hresult: new Map<number, Set<string>>(), ntstatus: new Map<number, Set<string>>() };
  const pkg = findPackageZip(root);
  const zipTimes = pkg ? zipEntryTimes(pkg.zip) : new Map<string, string>();
  let newestTime = "";
  const timeFrom = { zip: 0, mtime: 0 };

  for (const f of files) {
    const scope = scopeFor(f.path);
    const lower = f.header.toLowerCase();
    const rule = PLAIN_RULES.find((r) => r.header === lower);
    const isTable = TABLE_HEADERS.has(lower) || lower === "bugcodes.h";
    const tryEval = (d: Define, report: boolean): Evaluation | null => {
      try {
        return evaluate(d.body, scope);
      } catch (e) {
        if (!(e instanceof Unevaluable)) throw e;
        if (report) unevaluated.push({ path: f.path, name: d.name, body: d.body, reason: e.message });
        return null;
      }
    };
    // Event-log categories: the leading MessageIds numbered 1, 2, 3, ... with a category name.
    const categories = new Set<string>();
    for (const d of f.parsed.defines) {
      if (d.params !== null || !d.mc) continue;
      const ev = tryEval(d, false);
      if (!ev || ev.value !== categories.size + 1 || !isCategoryName(d.name)) break;
      categories.add(d.name);
    }
    const whyNot = (d: Define, origin: Origin, message: string | null, ev: Evaluation): LeftOutRule | null => {
      if (d.section !== null || SEVERITY_NAME.test(d.name) || FACILITY_NAME.test(d.name)) return "mc-boilerplate";
      if (!ev.casts.every(isCodeCast)) return "cast-type";
      if (STRING_ID_NAME.test(d.name) && ev.value < 0x80000000) return "string-id";
      if (origin !== "mc" && NOT_A_CODE.test(d.name)) return "bound";
      if (categories.has(d.name)) return "event-category";
      if (origin === "mc" && categories.size > 0 && EVENT_NAME.test(d.name)) return "event-message";
      if (origin === "mc" && lower === "bugcodes.h" && message !== null && message.trim() !== d.name && BUGCODES_STRING_NAME.test(d.name)) return "bugcodes-string";
      return null;
    };
    const pairs = pairMisspelled(f.parsed.defines, (d) => tryEval(d, false)?.value ?? null);
    misspelled.paired.push(...[...pairs.paired.values()].map((p) => ({ ...p, path: f.path })));
    misspelled.refused.push(...pairs.refused.map((r) => ({ ...r, path: f.path })));
    const commentRule = commentRuleFor(f.header);
    const comments = commentRule === undefined ? null : commentTexts(commentRule, f.parsed.defines, (d) => {
      const ev = tryEval(d, false);
      return ev !== null && ev.traits.size > 0 ? ev.value : null;
    });
    const raw: { d: Define; ev: Evaluation; origin: Origin; message: string | null }[] = [];
    const taken = new Map<string, (typeof raw)[number]>();
    const aliases: { d: Define; target: string }[] = [];
    const accept = (d: Define, ev: Evaluation, origin: Origin, message: string | null): void => {
      const why = whyNot(d, origin, message, ev);
      if (why !== null) { leftOut.push({ rule: why, path: f.path, name: d.name, value: ev.value, line: d.line, message }); return; }
      const r = { d, ev, origin, message };
      raw.push(r);
      taken.set(d.name, r);
    };
    for (const d of f.parsed.defines) {
      if (d.params !== null) continue;
      const prev = taken.get(d.name);
      if (prev) {
        // The first definition is kept; another value for the same name is reported.
        const ev = tryEval(d, false);
        if (ev === null || ev.value !== prev.ev.value) {
          redefined.push({ path: f.path, name: d.name, kept: { line: prev.d.line, value: prev.ev.value, body: prev.d.body }, other: { line: d.line, value: ev?.value ?? null, body: d.body } });
        }
        continue;
      }
      let origin: Origin | null = null;
      let message: string | null = null;
      if (d.mc) { origin = "mc"; message = d.mc.text; }
      else if (pairs.paired.has(d)) { origin = "mc"; message = pairs.paired.get(d)!.text; }
      else if (rule && rule.names.test(d.name)) {
        origin = "plain";
        message = rule.message === "trailing" ? d.trailing : rule.message === "following" ? d.following : null;
      } else if (isTable && f.parsed.mcBlocks === 0 && /^[A-Z]\w*$/.test(d.name) && !TYPED_NOT_A_CODE.test(d.name) && /^\(*\s*(\(\s*[A-Z_]+\s*\)\s*)?\(*\s*(0x[0-9a-fA-F]+|\d+)[uUlL]*\s*\)*$|_HRESULT_TYPEDEF_|MAKE_HRESULT|MAKE_SCODE/.test(d.body)) {
        // Table headers without MessageId blocks (mingw's winerror.h, ntstatus.h): literal-valued defines.
        origin = "table";
      } else if (lower === "bugcodes.h" && d.name.endsWith("_M") && taken.get(d.name.slice(0, -2))?.origin === "mc") {
        // bugcodes.h's `X_M` defines: bug check X with bit 28 set, no block of their own (message null).
        const base = taken.get(d.name.slice(0, -2))!;
        const ev = tryEval(d, true);
        if (ev && base.ev.value < 0x10000000 && ev.value === (base.ev.value | 0x10000000)) accept(d, ev, "variant", null);
        continue;
      } else {
        const alias = ALIAS_BODY.exec(d.body);
        if (alias && taken.has(alias[1]!)) {
          const t = taken.get(alias[1]!)!;
          const why = whyNot(d, "alias", t.message, t.ev);
          if (why !== null) leftOut.push({ rule: why, path: f.path, name: d.name, value: t.ev.value, line: d.line, message: t.message });
          else aliases.push({ d, target: alias[1]! });
          continue;
        }
        if (TYPED_HINT.test(d.body) && TYPED_CODE_NAME.test(d.name) && !TYPED_NOT_A_CODE.test(d.name)) {
          // Report failures only for bodies shaped like a value, not `HRESULT STDMETHODCALLTYPE`.
          const ev = tryEval(d, VALUE_SHAPED.test(d.body));
          if (ev && ev.traits.size > 0) accept(d, ev, "typed", comments?.texts.get(d) ?? null);
        }
        continue;
      }
      const ev = tryEval(d, true);
      if (!ev) continue;
      accept(d, ev, origin, message);
    }
    if (comments !== null) commentText.push({ path: f.path, given: raw.filter((r) => r.origin === "typed" && r.message !== null).length, dropped: comments.dropped });
    // NT-style: ntstatus.h, or a header whose typed codes are mostly NTSTATUS.
    const count = (t: Trait): number => raw.filter((r) => r.ev.traits.has(t)).length;
    const ntStyle = lower === "ntstatus.h" || count("ntstatus") > count("hresult");
    const kinds = new Map<string, Kind>();
    for (const r of raw) {
      const kind = kindOf({ header: f.header, value: r.ev.value, traits: r.ev.traits, ntStyle, forced: r.origin === "plain" ? rule?.kind : undefined });
      kinds.set(r.d.name, kind);
      candidates.push({ name: r.d.name, kind, value: r.ev.value, message: r.message, header: f.header, path: f.path, line: r.d.line, source, origin: r.origin, aliasOf: null });
    }
    // An alias repeats its target's value, family and message (same code, same text).
    for (const a of aliases) {
      const t = taken.get(a.target)!;
      candidates.push({ name: a.d.name, kind: kinds.get(a.target)!, value: t.ev.value, message: t.message, header: f.header, path: f.path, line: a.d.line, source, origin: "alias", aliasOf: a.target });
    }
    // Facility tables.
    const facTable = lower === "winerror.h" ? facilities.hresult : lower === "ntstatus.h" ? facilities.ntstatus : null;
    if (facTable) {
      for (const d of f.parsed.defines) {
        if (d.params !== null || !/^FACILITY_\w+$/.test(d.name)) continue;
        const ev = tryEval(d, true);
        if (!ev || ev.value > 0x1fff) continue;
        let names = facTable.get(ev.value);
        if (!names) facTable.set(ev.value, (names = new Set()));
        names.add(d.name);
      }
    }
    if (raw.length > 0 || aliases.length > 0 || facTable) {
      const full = join(root, f.path);
      const entry = pkg ? relative(pkg.dir, full).split(sep).join("/") : null;
      const zipped = entry === null ? undefined : zipTimes.get(entry);
      const time = zipped ?? fileTimeUtc(full);
      if (zipped !== undefined) timeFrom.zip++;
      else timeFrom.mtime++;
      if (time > newestTime) newestTime = time;
    }
  }
  return {
    source, headersRead: files.length, candidates, unevaluated,
    collisions: [...collisions.values()].sort((a, b) => compareStrings(a.name, b.name)),
    facilities, newestTime, timeFrom, leftOut, redefined, excluded, misspelled, commentText,
  };
}
