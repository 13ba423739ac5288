import type { Kind } from "@winerr/core/schema";
import { evaluate, Unevaluable, type Evaluation, type MacroDef, type Scope, type Trait } from "./evaluate.js";
import { compareStrings, fileTimeUtc, findPackageZip, listHeaders, readHeader, zipEntryTimes } from "./files.js";
import { commentRuleFor, commentTexts, type CommentDropped } from "./comment-text.js";
import { kindOf } from "./kind.js";
import { pairMisspelled, type PairedBlock, type RefusedBlock } from "./misspelled.js";
import { parseHeader, type Define, type ParsedHeader } from "./parse-header.js";
import {
  BOUND_NAME, BUGCODES_STRING_NAME, cleanMessage, EVENT_NAME, EXCLUDED_HEADERS, FACILITY_NAME, HEADER_KINDS, headerRank, plainRule, isBound, isCategoryName, isCodeCast,
  isCodeEnumMember, isCodeMemberOfCodeEnum, NOT_A_CODE, SEVERITY_NAME, STRING_ID_NAME, TYPED_CODE_NAME, TYPED_NOT_A_CODE, type LeftOutRule,
} from "./rules.js";
import { join, relative, sep } from "node:path";

/** How a define was recognised as an error code. */
export type Origin = "mc" | "plain" | "table" | "typed" | "alias" | "variant" | "enum" | "const";

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
  /** Later sources that define this name with the same value (merge.ts), ascending. */
  alsoIn?: number[];
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
/** A typed define that wraps a named code: `HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND)` (D2DErr.h). */
const WRAP_BODY = /^\(?\s*(?:__)?(?:HRESULT_FROM_WIN32|HRESULT_FROM_NT|NTSTATUS_FROM_WIN32)\s*\(\s*([A-Za-z_]\w*)\s*\)\s*\)?$/;
/** The same spelled out: `MAKE_HRESULT(SEVERITY_ERROR, FACILITY_WIN32, ERROR_FILE_NOT_FOUND)` (dinput.h, stierr.h). */
const WRAP_MAKE_BODY = /^\(?\s*MAKE_(?:HRESULT|SCODE)\s*\(\s*(?:SEVERITY_ERROR|1)\s*,\s*(?:FACILITY_WIN32|7)\s*,\s*([A-Za-z_]\w*)\s*\)\s*\)?$/;
const CALL = /([A-Za-z_]\w*)\s*\(/g;
const IDENT = /[A-Za-z_]\w*/g;

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
  // Enum members whose value is known are looked up as that number (a chain
  // of `X = (W + 1)` members would otherwise nest one level per member).
  const enumValues = new Map<Define, MacroDef>();
  const collisions = new Map<string, SymbolCollision>();
  const checked = new Set<string>();
  const resolve = (path: string, name: string): Define | undefined => {
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
  };
  const scopeFor = (path: string): Scope => ({
    lookup(name: string): MacroDef | undefined {
      const d = resolve(path, name);
      return d === undefined ? undefined : (enumValues.get(d) ?? d);
    },
  });
  // Function-like macros that reach a family mark (MAKE_D3DHRESULT -> MAKE_HRESULT).
  const markedMacros = new Map<Define, boolean>();
  const callsMarked = (body: string, path: string, seen: Set<Define> = new Set()): boolean => {
    for (const m of body.matchAll(CALL)) {
      const def = resolve(path, m[1]!);
      if (def === undefined || def.params === null || seen.has(def)) continue;
      let known = markedMacros.get(def);
      if (known === undefined) {
        seen.add(def);
        known = TYPED_HINT.test(def.body) || callsMarked(def.body, path, seen);
        markedMacros.set(def, known);
      }
      if (known) return true;
    }
    return false;
  };

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
  const timed = new Set<string>();
  const touch = (path: string): void => {
    if (timed.has(path)) return;
    timed.add(path);
    const full = join(root, path);
    const entry = pkg ? relative(pkg.dir, full).split(sep).join("/") : null;
    const zipped = entry === null ? undefined : zipTimes.get(entry);
    const time = zipped ?? fileTimeUtc(full);
    if (zipped !== undefined) timeFrom.zip++;
    else timeFrom.mtime++;
    if (time > newestTime) newestTime = time;
  };
  /** The candidate each accepted define became, for aliases from other headers. */
  const candidateOf = new Map<Define, Candidate>();
  /** `#define A B` where B is not a code of A's header: resolved once every header is read. */
  const pending: { f: Parsed; d: Define; target: string }[] = [];
  /** A name a header defines again after a pending alias of that name: compared once resolved. */
  const pendingAgain: { f: Parsed; first: Define; d: Define }[] = [];
  /** Typed codes that wrap a named code (`HRESULT_FROM_WIN32(ERROR_X)`): aliasOf once every header is read. */
  const wraps: { f: Parsed; c: Candidate; target: string }[] = [];

  for (const f of files) {
    const scope = scopeFor(f.path);
    const lower = f.header.toLowerCase();
    const headerKind = HEADER_KINDS[lower];
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
    // Names of the header and every identifier its defines use: range markers are recognised by role.
    const names = new Set<string>();
    const referenced = new Set<string>();
    for (const d of f.parsed.defines) {
      names.add(d.name);
      for (const m of d.body.matchAll(IDENT)) if (m[0] !== d.name) referenced.add(m[0]);
    }
    // Enum members and C++ constants: evaluated in order; an enum is a code enum when a member reads as a failure code.
    const declValue = new Map<Define, Evaluation>();
    const codeEnums = new Set<number>();
    for (const d of f.parsed.defines) {
      if (d.decl === null) continue;
      // A constant of a code type is a code: report it if it cannot be computed.
      const ev = tryEval(d, d.decl.kind === "const" && TYPED_CODE_NAME.test(d.name));
      if (ev === null) continue;
      declValue.set(d, ev);
      if (d.decl.kind === "enum") {
        if (!enumValues.has(d)) enumValues.set(d, { params: null, body: String(ev.value) });
        if (isCodeEnumMember(d.name, ev.value)) codeEnums.add(d.decl.group);
      }
    }
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
      if (origin !== "mc" && isBound(d.name, d.body, { referenced, names })) return "bound";
      if (categories.has(d.name)) return "event-category";

      if (origin === "mc" && lower === "bugcodes.h" && message !== null && message.trim() !== d.name && BUGCODES_STRING_NAME.test(d.name)) return "bugcodes-string";
      return null;
    };
    const pairs = pairMisspelled(f.parsed.defines, (d) => tryEval(d, false)?.value ?? null);
    misspelled.paired.push(...[...pairs.paired.values()].map((p) => ({ ...p, path: f.path })));
    misspelled.refused.push(...pairs.refused.map((r) => ({ ...r, path: f.path })));
    const commentRule = commentRuleFor(f.header);
    // Typed codes, and codes of a plain rule without a text place of its own (EapHostError.h, mmsyscom.h).
    const comments = commentRule === undefined ? null : commentTexts(commentRule, f.parsed.defines, (d) => {
      const ev = tryEval(d, false);
      return ev !== null && (ev.traits.size > 0 || plainRule(lower, d.name)?.message === "none") ? ev.value : null;
    });
    type Raw = { d: Define; ev: Evaluation; origin: Origin; message: string | null; forced: Kind | undefined };
    const raw: Raw[] = [];
    const taken = new Map<string, Raw>();
    const aliases: { d: Define; target: string }[] = [];
    const pendingHere = new Map<string, Define>();
    const accept = (d: Define, ev: Evaluation, origin: Origin, message: string | null, forced?: Kind): void => {
      const why = whyNot(d, origin, message, ev);
      if (why !== null) { leftOut.push({ rule: why, path: f.path, name: d.name, value: ev.value, line: d.line, message }); return; }
      const r = { d, ev, origin, message, forced };
      raw.push(r);
      taken.set(d.name, r);
    };
    for (const d of f.parsed.defines) {
      if (d.params !== null) continue;
      const firstPending = pendingHere.get(d.name);
      if (firstPending !== undefined) { pendingAgain.push({ f, first: firstPending, d }); continue; }
      const prev = taken.get(d.name);
      if (prev) {
        // The first definition is kept; another value for the same name is reported.
        const ev = d.decl !== null ? (declValue.get(d) ?? null) : tryEval(d, false);
        if (ev === null || ev.value !== prev.ev.value) {
          redefined.push({ path: f.path, name: d.name, kept: { line: prev.d.line, value: prev.ev.value, body: prev.d.body }, other: { line: d.line, value: ev?.value ?? null, body: d.body } });
        }
        continue;
      }
      const rule = plainRule(lower, d.name);
      if (d.decl !== null) {
        const ev = declValue.get(d);
        if (ev === undefined) continue;
        if (d.decl.kind === "enum" && rule?.enumsOnly) {
          accept(d, ev, "enum", null, rule.kind);
        } else if (d.decl.kind === "const") {
          if (TYPED_CODE_NAME.test(d.name)) accept(d, ev, "const", null, d.decl.type === "NTSTATUS" ? "ntstatus" : "hresult");
        } else if (codeEnums.has(d.decl.group) && isCodeMemberOfCodeEnum(d.name, ev.value)) {
          accept(d, ev, "enum", null, "hresult");
        }
        continue;
      }
      let origin: Origin | null = null;
      let message: string | null = null;
      let forced: Kind | undefined;
      if (d.mc || pairs.paired.has(d)) {
        origin = "mc";
        message = d.mc ? d.mc.text : pairs.paired.get(d)!.text;
        // Event-log message files: in a header with event categories, EVENT_*, MSG_*, ... are event ids.
        if (categories.size > 0 && EVENT_NAME.test(d.name)) forced = "event";
      } else if (rule && !rule.enumsOnly) {
        origin = "plain";
        forced = rule.kind;
        message = rule.message === "trailing" ? d.trailing : rule.message === "following" ? d.following : comments?.texts.get(d) ?? null;
      } else if (isTable && f.parsed.mcBlocks === 0 && /^[A-Z]\w*$/.test(d.name) && !TYPED_NOT_A_CODE.test(d.name) && /^\(*\s*(\(\s*[A-Z_]+\s*\)\s*)?\(*\s*(__MSABI_LONG\s*\(\s*)?(0x[0-9a-fA-F]+|\d+)[uUlL]*\s*\)*$|_HRESULT_TYPEDEF_|MAKE_HRESULT|MAKE_SCODE/.test(d.body)) {
        // Table headers without MessageId blocks (mingw's winerror.h, ntstatus.h): literal-valued
        // defines, also spelled __MSABI_LONG(2) (mingw-w64's long literals).
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
        if (alias && TYPED_CODE_NAME.test(d.name) && !TYPED_NOT_A_CODE.test(d.name) && alias[1] !== d.name) {
          pending.push({ f, d, target: alias[1]! });
          pendingHere.set(d.name, d);
          continue;
        }
        // Typed: a family mark in the body, or reached through the header's function-like macros
        // (MAKE_D3DHRESULT, AUDCLNT_ERR, EMAKEHR, ...); the family is decided after evaluation.
        if (TYPED_CODE_NAME.test(d.name) && !TYPED_NOT_A_CODE.test(d.name) && (TYPED_HINT.test(d.body) || callsMarked(d.body, f.path))) {
          // Report failures only for bodies shaped like a value, not `HRESULT STDMETHODCALLTYPE`.
          const ev = tryEval(d, VALUE_SHAPED.test(d.body) || /^[A-Z_][A-Z0-9_]*\s*\(/.test(d.body));
          if (ev && ev.traits.size > 0) accept(d, ev, "typed", comments?.texts.get(d) ?? null);
        }
        continue;
      }
      const ev = tryEval(d, true);
      if (!ev) continue;
      accept(d, ev, origin, message, forced);
    }
    if (comments !== null) commentText.push({ path: f.path, given: raw.filter((r) => comments.texts.get(r.d) === r.message && r.message !== null).length, dropped: comments.dropped });
    // NT-style: ntstatus.h, or a header whose typed codes are mostly NTSTATUS.
    const count = (t: Trait): number => raw.filter((r) => r.ev.traits.has(t)).length;
    const ntStyle = lower === "ntstatus.h" || count("ntstatus") > count("hresult");
    const kinds = new Map<string, Kind>();
    for (const r of raw) {
      const kind = kindOf({ header: f.header, value: r.ev.value, traits: r.ev.traits, ntStyle, forced: headerKind ?? r.forced });
      kinds.set(r.d.name, kind);
      const c: Candidate = { name: r.d.name, kind, value: r.ev.value, message: cleanMessage(r.message, r.d.name), header: f.header, path: f.path, line: r.d.line, source, origin: r.origin, aliasOf: null };
      candidates.push(c);
      candidateOf.set(r.d, c);
      const wrap = r.origin === "typed" ? (WRAP_BODY.exec(r.d.body) ?? WRAP_MAKE_BODY.exec(r.d.body)) : null;
      if (wrap) wraps.push({ f, c, target: wrap[1]! });
    }
    // An alias repeats its target's value, family and message (same code, same text).
    for (const a of aliases) {
      const t = taken.get(a.target)!;
      const c: Candidate = { name: a.d.name, kind: kinds.get(a.target)!, value: t.ev.value, message: cleanMessage(t.message, a.target), header: f.header, path: f.path, line: a.d.line, source, origin: "alias", aliasOf: a.target };
      candidates.push(c);
      candidateOf.set(a.d, c);
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
    if (raw.length > 0 || aliases.length > 0 || facTable) touch(f.path);
  }
  // Aliases of codes another header defines (rpcnterr.h `RPC_S_OK ERROR_SUCCESS`, wincodec.h
  // `WINCODEC_ERR_ABORTED E_ABORT`), also through other aliases (stierr.h `STI_ERROR_NO_ERROR STI_OK`).
  let open = pending;
  for (let progress = true; progress && open.length > 0; ) {
    progress = false;
    const next: typeof pending = [];
    for (const p of open) {
      const targetDef = resolve(p.f.path, p.target);
      const t = targetDef === undefined ? undefined : candidateOf.get(targetDef);
      if (t === undefined) { next.push(p); continue; }
      progress = true;
      if (NOT_A_CODE.test(p.d.name) || BOUND_NAME.test(p.d.name)) {
        leftOut.push({ rule: "bound", path: p.f.path, name: p.d.name, value: t.value, line: p.d.line, message: t.message });
        continue;
      }
      const c: Candidate = { name: p.d.name, kind: t.kind, value: t.value, message: t.message, header: p.f.header, path: p.f.path, line: p.d.line, source, origin: "alias", aliasOf: p.target };
      candidates.push(c);
      candidateOf.set(p.d, c);
      touch(p.f.path);
    }
    open = next;
  }
  for (const x of pendingAgain) {
    const kept = candidateOf.get(x.first);
    if (kept === undefined) continue;
    let value: number | null = null;
    try {
      value = evaluate(x.d.body, scopeFor(x.f.path)).value;
    } catch (e) {
      if (!(e instanceof Unevaluable)) throw e;
    }
    if (value !== kept.value) redefined.push({ path: x.f.path, name: x.d.name, kept: { line: x.first.line, value: kept.value, body: x.first.body }, other: { line: x.d.line, value, body: x.d.body } });
  }
  // The target may be a code this source does not take (mingw-w64's corerror.h wraps winerror.h's
  // ERROR_ names): the merge keeps the link only where the catalog's entry of that name wraps to the value.
  for (const w of wraps) if (resolve(w.f.path, w.target) !== undefined) w.c.aliasOf = w.target;
  return {
    source, headersRead: files.length, candidates, unevaluated,
    collisions: [...collisions.values()].sort((a, b) => compareStrings(a.name, b.name)),
    facilities, newestTime, timeFrom, leftOut, redefined, excluded, misspelled, commentText,
  };
}
