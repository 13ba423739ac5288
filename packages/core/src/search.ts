import type { Catalog } from "./catalog.js";
import type { Entry, Kind } from "./schema.js";
import { NO_TEXT, NOT_PRIMARY } from "./evidence.js";
import { BM25_K1, EVIDENCE_ALIAS, POSTING, postingRow, searchIndexOf, wordsOf, type SearchIndex } from "./search-index.js";
import type { MatchedTerm, SearchMatched, SearchTier } from "./output-schema.js";

// The machine-output shapes (tier, what matched) are zod schemas in output-schema.ts.
export type { MatchedTerm, SearchMatched, SearchTier };

export interface SearchHit {
  entry: Entry;
  tier: SearchTier;
  /** Relevance (BM25 with name, phrase and evidence factors); only for comparing hits of one query. */
  score: number;
  matched: SearchMatched;
}

export interface SearchOptions {
  /** Most hits returned (default 20). */
  limit?: number;
  kind?: Kind;
}

export interface SearchAllOptions {
  kind?: Kind;
  /**
   * An earlier result the query grew from (a UI passes its last one).
   * Accepted for callers that narrowed while typing; the index answers a
   * whole query faster than narrowing did, so the answer is computed afresh
   * and is the same either way.
   */
  within?: SearchResults;
}

/**
 * Every hit of one query, ranked; hits (with entries and what matched) are
 * built only when asked for, so a UI that shows a screenful pays for a screenful.
 */
export interface SearchResults {
  /** How many entries match. */
  readonly total: number;
  /** Catalog row index of the hit at rank `k` (0 is best), or undefined. */
  indexAt(k: number): number | undefined;
  tierAt(k: number): SearchTier | undefined;
  /** The hits ranked `start` to `end - 1`. */
  hits(start?: number, end?: number): SearchHit[];
  /** The score (as hits gives it) and what matched of the hit at rank `k`, without building its entry (a writer that has the row's fields already). */
  scoreAt(k: number): number | undefined;
  matchedAt(k: number): SearchMatched | undefined;
  /** The rank of catalog row `index` among the hits, or -1. */
  rankOf(index: number): number;
}

// BM25 (search-index.ts has its constants); a name word counts more than a message word.
const NAME_WEIGHT = 1.5;
// Query words whose term is in more than this share of entries ("the", "is",
// "error") only add to the score, unless the query is a name or the word is
// the one being typed; every other word must match (else: any).
const COMMON = 0.08;
// Expansions: prefix of the last word while typing, typo-tolerant terms.
const PREFIX_TERMS = 50;
const PREFIX_WEIGHT = 0.7;
const FUZZY_WEIGHT = 0.6;
const JOINED_WEIGHT = 0.8;
// Factors: the share of the name's words the query matched (all of them:
// the whole name), then for the best hits the query's words as the name's
// start or a run of its words, and in a row in the message; the evidence
// priors decode uses.
const NAME_COVER = 2;
const WHOLE_NAME = 1.5;
const NAME_RUN = 1.2;
const PHRASE = 1.3;
const WHOLE_MESSAGE = 2;
const HAS_TEXT = 1.3;
const PRIMARY = 1.4;
/** An alias (defined as another entry) ranks below that entry's own evidence. */
const ALIAS = 0.75;
/** How many of the best hits the run and phrase factors re-rank (they read names and messages). */
const RERANK = 40;
const MAX_WORDS = 16;

interface Expansion {
  id: number;
  weight: number;
  how: MatchedTerm["how"];
}

interface Query {
  words: string[];
  /** The last word may be a prefix (no space after it). */
  typing: boolean;
  expansions: Expansion[][];
  /** Bit j: word j must match (uncommon, or every word is common). */
  required: number;
  /** The words joined by spaces when there are several, else "". */
  phrase: string;
  /**
   * nameMatch's patterns for "_" + name + "_": the words joined by "_" as
   * the whole name, then as a run of its words (open at the end while
   * typing), then joined by nothing ("" for one word).
   */
  whole: string;
  under: string;
  joined: string;
  /** phraseIn's answers so far, by row. */
  phrases: Map<number, 0 | 1 | 2>;
}

/** Per-index scratch arrays, so a query allocates nothing per entry. */
interface Scratch {
  score: Float64Array;
  mask: Uint32Array;
  stamp: Uint32Array;
  best: Float64Array;
  bestStamp: Uint32Array;
  bestName: Uint8Array;
  nameWords: Uint8Array;
  /** The query's candidate rows (score's answer), and one word's rows (touched). */
  rows: Int32Array;
  touched: Int32Array;
  /**
   * Per row and query word (row * MAX_WORDS + word): 1 + the index of the
   * first of the word's expansions the row has << 6 | its posting, written
   * as score meets the row (valid where the row's mask has the word).
   */
  firstHit: Uint32Array;
  /** Per term: the query (`queries`) whose expansions hold it (weightedCover). */
  termQuery: Uint32Array;
  queries: number;
  words: number;
  /** Expansions of words as prefixes and as typos, kept for the next query that has them (a batch repeats words). */
  prefixes: Map<string, readonly Expansion[]>;
  typos: Map<string, readonly Expansion[]>;
}
const KEPT_WORDS = 4096;
const scratches = new WeakMap<SearchIndex, Scratch>();

/**
 * Per catalog: names, lower-cased names and messages read so far, and
 * priors, by row. Ranking compares and matches the same best hits' names
 * query after query (a --stdin batch); a packed catalog would build each
 * string anew.
 */
interface Texts {
  catalog: Catalog;
  names: (string | undefined)[];
  /** "_" + lower-cased name + "_" (nameMatch). */
  padded: (string | undefined)[];
  messages: (string | undefined)[];
  /** The words of each message joined by spaces (phraseOf: the whole message). */
  messageWords: (string | undefined)[];
  /** aliasOfIndex by row (null: not an alias). */
  aliases: (string | null | undefined)[];
  /** priorOf by row (0: not yet). */
  priors: Float64Array;
}
const textsOf = new WeakMap<Catalog, Texts>();

function texts(catalog: Catalog): Texts {
  let t = textsOf.get(catalog);
  if (t === undefined) {
    // Preallocated, so they stay plain arrays as rows are filled in any order.
    const none = () => new Array<undefined>(catalog.size).fill(undefined);
    t = { catalog, names: none(), padded: none(), messages: none(), messageWords: none(), aliases: none(), priors: new Float64Array(catalog.size) };
    textsOf.set(catalog, t);
  }
  return t;
}

function nameAt(t: Texts, row: number): string {
  return (t.names[row] ??= t.catalog.nameOf(row));
}

function paddedNameAt(t: Texts, row: number): string {
  return (t.padded[row] ??= "_" + nameAt(t, row).toLowerCase() + "_");
}

function scratchOf(index: SearchIndex): Scratch {
  let s = scratches.get(index);
  if (s === undefined) {
    const n = index.rows;
    s = {
      score: new Float64Array(n),
      mask: new Uint32Array(n),
      stamp: new Uint32Array(n),
      best: new Float64Array(n),
      bestName: new Uint8Array(n),
      nameWords: new Uint8Array(n),
      bestStamp: new Uint32Array(n),
      rows: new Int32Array(n),
      touched: new Int32Array(n),
      firstHit: new Uint32Array(n * MAX_WORDS),
      termQuery: new Uint32Array(index.termCount),
      queries: 0,
      words: 0,
      prefixes: new Map(),
      typos: new Map(),
    };
    scratches.set(index, s);
  }
  return s;
}

/** The expansions of `word` as a prefix (the word being typed), its own term (`id`) left out. */
function prefixExpansions(index: SearchIndex, word: string, id: number): readonly Expansion[] {
  const out: Expansion[] = [];
  for (const p of index.prefixed(word, PREFIX_TERMS)) if (p !== id) out.push({ id: p, weight: PREFIX_WEIGHT * (word.length / index.term(p).length), how: "prefix" });
  return Object.freeze(out);
}

/** The expansions of `word` as a typo: terms within one edit (words up to 7 letters) or two. */
function typoExpansions(index: SearchIndex, word: string): readonly Expansion[] {
  return Object.freeze(index.near(word, word.length >= 8 ? 2 : 1).map(({ id, edits }) => ({ id, weight: FUZZY_WEIGHT / edits, how: "fuzzy" as const })));
}

/** `word`'s entry of a kept Map, made now if missing; at most KEPT_WORDS words (then forgotten all at once). */
function kept(map: Map<string, readonly Expansion[]>, word: string, make: () => readonly Expansion[]): readonly Expansion[] {
  let v = map.get(word);
  if (v === undefined) {
    if (map.size >= KEPT_WORDS) map.clear();
    map.set(word, (v = make()));
  }
  return v;
}

/** The query's words and, per word, the index terms it can match; undefined for text without words. */
function parseQuery(index: SearchIndex, s: Scratch, text: string): Query | undefined {
  const q = String(text).slice(0, 256);
  const words = wordsOf(q).slice(0, MAX_WORDS);
  // No words, no query (and every Query holds arrays of words and expansions: one shape for optimized code).
  if (words.length === 0) return undefined;
  const typing = !/[^A-Za-z0-9]$/.test(q);
  // A name (ERROR_FILE_NOT) needs all its words, common or not.
  const name = /^\s*[A-Za-z0-9]+(_[A-Za-z0-9]*)+\s*$/.test(q);
  const n = index.rows;
  let required = 0;
  let any = 0;
  const expansions = words.map((w, j) => {
    const out: Expansion[] = [];
    const id = index.termId(w);
    if (id >= 0) out.push({ id, weight: 1, how: "exact" });
    // Two or three words as one name word: "access denied" finds E_ACCESSDENIED, "out of memory" E_OUTOFMEMORY.
    for (let from = Math.max(0, j - 2); from <= j; from++) {
      for (let to = Math.max(from + 1, j); to <= Math.min(words.length - 1, from + 2); to++) {
        const joined = index.termId(words.slice(from, to + 1).join(""));
        // Each joined word scores once per query word it stands for: share one word's weight out.
        if (joined >= 0 && !out.some((e) => e.id === joined)) out.push({ id: joined, weight: JOINED_WEIGHT / (to - from + 1), how: "joined" });
      }
    }
    if (j === words.length - 1 && typing) for (const e of kept(s.prefixes, w, () => prefixExpansions(index, w, id))) out.push(e);
    // Typos: only for a word the index does not hold (a typed prefix that
    // starts some term is not a typo).
    if (out.length === 0 && w.length >= 3 && !/^[0-9]+$/.test(w)) for (const e of kept(s.typos, w, () => typoExpansions(index, w))) out.push(e);
    if (out.length > 0) {
      any |= 1 << j;
      // Common words only add to the score, except in a name and the word being typed.
      if (id < 0 || index.count(id) <= n * COMMON || name || (typing && j === words.length - 1)) required |= 1 << j;
    }
    return out;
  });
  const end = typing ? "" : "_";
  return {
    words,
    typing,
    expansions,
    required: required === 0 ? any : required,
    phrase: words.length > 1 ? words.join(" ") : "",
    phrases: new Map(),
    whole: "_" + words.join("_") + "_",
    under: "_" + words.join("_") + end,
    joined: words.length > 1 ? "_" + words.join("") + end : "",
  };
}

function idfOf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * BM25 over names and messages of the required words into the scratch
 * arrays; returns how many candidates it put in s.rows. With `every`, the
 * rarest word makes the candidates and the others are looked up for those
 * rows only (postings are in row order: a binary search each, or one pass
 * when that is cheaper); rows then miss the bits of words they lack.
 * Without, every word's rows are candidates (the fallback when no entry has
 * every word).
 */
function score(index: SearchIndex, query: Query, s: Scratch, every: boolean): number {
  const n = index.rows;
  const qs = ++s.queries;
  const { stamp, score: total, mask, best, bestStamp, bestName, nameWords, rows, touched, firstHit } = s;
  const p = index.postings;
  const packed = index.packedPostings();
  // Filled for every row once the postings are numbers (packedPostings).
  const { nameNorm, messageNorm } = index;
  // A common word ("the", "is") adds little to BM25 and costs a long scan; its part is the phrase factor.
  const order: number[] = [];
  const costs = new Int32Array(query.expansions.length);
  for (let j = 0; j < query.expansions.length; j++) {
    const exps = query.expansions[j] as Expansion[];
    if (exps.length === 0 || (query.required & (1 << j)) === 0) continue;
    let cost = 0;
    for (const e of exps) cost += index.count(e.id);
    order.push(j);
    costs[j] = cost;
  }
  if (every) order.sort((a, b) => (costs[a] as number) - (costs[b] as number) || a - b);
  let count = 0;
  for (let w = 0; w < order.length; w++) {
    const j = order[w] as number;
    const cost = costs[j] as number;
    const exps = query.expansions[j] as Expansion[];
    const ws = ++s.words;
    let nt = 0;
    const narrow = every && w > 0;
    const probe = narrow && count * exps.length * 16 < cost;
    for (let x = 0; x < exps.length; x++) {
      const e = exps[x] as Expansion;
      const idfName = idfOf(index.dfName(e.id), n) * NAME_WEIGHT * e.weight * (BM25_K1 + 1);
      const idfMessage = idfOf(index.dfMessage(e.id), n) * e.weight * (BM25_K1 + 1);
      const from = index.start(e.id);
      const end = index.start(e.id + 1);
      const many = probe ? count : end - from;
      for (let k = 0; k < many; k++) {
        // One posting (tf: name count << 3 | message count); a row keeps its best expansion.
        let row: number;
        let tf: number;
        if (probe) {
          row = rows[k] as number;
          tf = index.find(e.id, row);
          if (tf < 0) continue;
        } else if (packed !== undefined) {
          const v = packed[from + k] as number;
          row = v >>> 6;
          tf = v & 63;
        } else {
          const at = (from + k) * POSTING;
          row = postingRow(p, at);
          tf = (p[at + 4] as number) - 48;
        }
        if (narrow && stamp[row] !== qs) continue;
        const tn = tf >> 3;
        const tm = tf & 7;
        const v =
          (tn === 0 ? 0 : (idfName * tn) / (tn + (packed !== undefined ? (nameNorm[row] as number) : index.nameNormOf(row)))) +
          (tm === 0 ? 0 : (idfMessage * tm) / (tm + (packed !== undefined ? (messageNorm[row] as number) : index.messageNormOf(row))));
        if (bestStamp[row] !== ws) {
          bestStamp[row] = ws;
          best[row] = v;
          bestName[row] = tn > 0 ? 1 : 0;
          touched[nt++] = row;
          // The first expansion (in order) the row has, and its posting: what matchedOf would search for.
          firstHit[row * MAX_WORDS + j] = ((x << 6) | tf) + 1;
        } else {
          if (v > (best[row] as number)) best[row] = v;
          if (tn > 0) bestName[row] = 1;
        }
      }
    }
    for (let t = 0; t < nt; t++) {
      const row = touched[t] as number;
      if (stamp[row] !== qs) {
        stamp[row] = qs;
        total[row] = 0;
        mask[row] = 0;
        nameWords[row] = 0;
        rows[count++] = row;
      }
      total[row] = (total[row] as number) + (best[row] as number);
      mask[row] = (mask[row] as number) | (1 << j);
      nameWords[row] = (nameWords[row] as number) + (bestName[row] as number);
    }
  }
  return count;
}

function bits(x: number): number {
  let c = 0;
  for (let v = x; v !== 0; v &= v - 1) c++;
  return c;
}

/**
 * The name factor's kind for a lower-cased name given as "_" + name + "_",
 * or undefined: the words are the whole name, its start, a run of its
 * words, or joined one of its words (the last word may be cut short while typing).
 */
function nameMatch(padded: string, query: Query): SearchMatched["name"] {
  if (padded === query.whole) return "whole";
  if (padded.startsWith(query.under)) return "start";
  if (padded.includes(query.under)) return "part";
  if (query.joined !== "" && padded.includes(query.joined)) return "joined";
  return undefined;
}

/**
 * 0: the message does not hold the query's words in a row (separated by
 * single spaces, case ignored); 1: it does; 2: they are the whole message
 * (a pasted "Access is denied.").
 */
function phraseIn(t: Texts, index: SearchIndex, row: number, query: Query): 0 | 1 | 2 {
  // The index's evidence says whether the row has a message (NO_TEXT), without reading the catalog.
  if (query.phrase === "" || (index.evidenceOf(row) & NO_TEXT) !== 0) return 0;
  // factorOf and matchedOf both ask, for the same best hits.
  const known = query.phrases.get(row);
  if (known !== undefined) return known;
  const p = phraseOf(t, row, query);
  query.phrases.set(row, p);
  return p;
}

function phraseOf(t: Texts, row: number, query: Query): 0 | 1 | 2 {
  const message = (t.messages[row] ??= (t.catalog.messageOf(row) as string).toLowerCase());
  if (!message.includes(query.phrase)) return 0;
  return (t.messageWords[row] ??= wordsOf(message).join(" ")) === query.phrase ? 2 : 1;
}

/** The name-cover factor: 1 + NAME_COVER * cover^2 (cover 1: the query covers the whole name). */
function coverFactor(cover: number): number {
  return 1 + NAME_COVER * cover * cover;
}

/**
 * The share of the name the query covers, each name word weighted by its
 * rarity among names (so ERROR_ and STATUS_ count little, D3D10_ much).
 */
function weightedCover(index: SearchIndex, row: number, s: Scratch): number {
  return index.nameCover(row, s.termQuery, s.queries);
}

/**
 * The re-ranking factor of one of the best hits, replacing the cheap name
 * cover (`cheap`, counted in words): the rarity-weighted cover, the words as
 * a run of the name, in a row in the message.
 */
function factorOf(t: Texts, index: SearchIndex, row: number, query: Query, s: Scratch, cheap: number): number {
  const name = nameMatch(paddedNameAt(t, row), query);
  let f = (name === "whole" ? WHOLE_NAME : name === undefined ? 1 : NAME_RUN) * (coverFactor(weightedCover(index, row, s)) / cheap);
  const phrase = phraseIn(t, index, row, query);
  return phrase === 2 ? f * WHOLE_MESSAGE : phrase === 1 ? f * PHRASE : f;
}

function priorOf(t: Texts, index: SearchIndex, row: number): number {
  let prior = t.priors[row] as number;
  if (prior === 0) {
    const ev = index.evidenceOf(row);
    prior = t.priors[row] = ((ev & NO_TEXT) === 0 ? HAS_TEXT : 1) * ((ev & NOT_PRIMARY) === 0 ? PRIMARY : 1) * ((ev & EVIDENCE_ALIAS) !== 0 ? ALIAS : 1);
  }
  return prior;
}

/** What matched in one hit (computed for shown hits only). */
function matchedOf(t: Texts, index: SearchIndex, row: number, query: Query, first: Uint32Array, at: number): SearchMatched {
  const terms: MatchedTerm[] = [];
  for (let j = 0; j < query.expansions.length; j++) {
    const exps = query.expansions[j] as Expansion[];
    // Score's first expansion for the row when it has it (at >= 0), else each expansion looked up in turn.
    const hit = at >= 0 ? (first[at + j] as number) : 0;
    for (let x = hit > 0 ? (hit - 1) >> 6 : 0; x < exps.length; x++) {
      const e = exps[x] as Expansion;
      const tf = hit > 0 ? (hit - 1) & 63 : index.find(e.id, row);
      if (tf < 0) continue;
      terms.push({ word: query.words[j] as string, term: index.term(e.id), how: e.how, fields: tf < 8 ? ["message"] : (tf & 7) > 0 ? ["name", "message"] : ["name"] });
      break;
    }
  }
  const out: SearchMatched = { terms };
  const n = nameMatch(paddedNameAt(t, row), query);
  if (n !== undefined) out.name = n;
  const phrase = phraseIn(t, index, row, query);
  if (phrase > 0) out.phrase = true;
  if (phrase === 2) out.message = "whole";
  return out;
}

function tierOf(m: SearchMatched, words: number): SearchTier {
  if (m.name === "whole") return "name";
  if (m.name === "start") return "name-prefix";
  if (m.name === "part" || m.name === "joined") return "name-part";
  return m.terms.length === words && m.terms.every((t) => t.fields.includes("name")) ? "name-words" : "message-words";
}

/**
 * Builds now what searches otherwise build as they come, e.g. while a UI is
 * idle: the search index (about 0.3 s on the full catalog unless a prebuilt
 * one was given) and its term map, numeric postings and length norms, the
 * name order ties are ranked by, and every row's evidence prior.
 */
export function prepareSearch(catalog: Catalog): void {
  const index = searchIndexOf(catalog);
  index.prepare();
  index.nameOrder();
  const t = texts(catalog);
  // Every row's evidence prior: a single letter's thousands of hits would read them at its first search.
  for (let row = 0; row < catalog.size; row++) priorOf(t, index, row);
}

const EMPTY: SearchResults = {
  total: 0,
  indexAt: () => undefined,
  tierAt: () => undefined,
  hits: () => [],
  scoreAt: () => undefined,
  matchedAt: () => undefined,
  rankOf: () => -1,
};

/**
 * Every entry matching `text` by name and message words, ranked like a
 * search engine (docs/contracts.md, "Ranking"): BM25 over name words and
 * message words, every uncommon word required (else any), the last word
 * also as a prefix while typing, typos tolerated for words the catalog does
 * not hold; then factors for the share of the name the query covers, for the
 * words as a run of the name or in a row in the message, and the evidence
 * priors decode uses (official text, primary header). Only the best hits are
 * sorted until more are asked for.
 */
export function searchAll(catalog: Catalog, text: string, options: SearchAllOptions = {}): SearchResults {
  const index = searchIndexOf(catalog);
  const s = scratchOf(index);
  const query = parseQuery(index, s, text);
  if (query === undefined) return EMPTY;
  const required = query.required;
  const need = bits(required);
  const { rows, mask } = s;
  let count = score(index, query, s, true);
  let kept = 0;
  for (let k = 0; k < count; k++) {
    const r = rows[k] as number;
    if (((mask[r] as number) & required) === required) rows[kept++] = r;
  }
  let partial = false;
  if (kept === 0 && need > 1) {
    kept = score(index, query, s, false);
    partial = true;
  }
  const kind = options.kind;
  const hits: number[] = [];
  for (let k = 0; k < kept; k++) {
    const r = rows[k] as number;
    if (kind === undefined || catalog.kindOf(r) === kind) hits.push(r);
  }
  const scores = new Float64Array(hits.length);
  const t = texts(catalog);
  for (let k = 0; k < hits.length; k++) {
    const r = hits[k] as number;
    let v = (s.score[r] as number) * priorOf(t, index, r) * cheapCover(index, s, r);
    if (partial) v *= (bits((mask[r] as number) & required) / need) ** 2;
    scores[k] = v;
  }
  return resultsOf(t, index, query, hits, scores, s);
}

/** The cheap name cover factor of a row just scored: the share of its name's words that matched. */
function cheapCover(index: SearchIndex, s: Scratch, row: number): number {
  return coverFactor(Math.min(1, (s.nameWords[row] as number) / Math.max(1, index.nameLengthOf(row))));
}

/** Ranks (hit positions) of the `k` best of `scores`, best first. */
function best(scores: Float64Array, k: number, order: (a: number, b: number) => number): number[] {
  if (k >= scores.length) return Array.from(scores.keys()).sort(order);
  // One pass keeping the k best seen, sorted: a hit goes in only when it beats the worst.
  const top: number[] = [];
  // The worst kept score: a lower one cannot go in (order puts higher scores first).
  let worst = -Infinity;
  for (let h = 0; h < scores.length; h++) {
    if (top.length === k) {
      if ((scores[h] as number) < worst || order(h, top[k - 1] as number) >= 0) continue;
      top.pop();
    }
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (order(top[mid] as number, h) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, h);
    if (top.length === k) worst = scores[top[k - 1] as number] as number;
  }
  return top;
}

/**
 * Among the best hits, an alias whose entry is also one of them goes right
 * after that entry, as decode lists it under it (docs/contracts.md,
 * "Ranking"): a header's other name for a code never outranks the code.
 */
function aliasesAfterTheirEntry(t: Texts, index: SearchIndex, hits: readonly number[], head: number[]): void {
  // Most heads hold no alias (the index's evidence knows without reading names).
  if (!head.some((h) => (index.evidenceOf(hits[h] as number) & EVIDENCE_ALIAS) !== 0)) return;
  const names = new Set(head.map((h) => nameAt(t, hits[h] as number)));
  const out: number[] = [];
  const placed = new Set<string>();
  const waiting = new Map<string, number[]>();
  const place = (h: number): void => {
    out.push(h);
    const name = nameAt(t, hits[h] as number);
    placed.add(name);
    const after = waiting.get(name);
    if (after === undefined) return;
    waiting.delete(name);
    for (const a of after) place(a);
  };
  for (const h of head) {
    const row = hits[h] as number;
    const known = t.aliases[row];
    const target = known !== undefined ? known : (t.aliases[row] = t.catalog.aliasOfIndex(row));
    if (target !== null && names.has(target) && !placed.has(target)) {
      const list = waiting.get(target);
      if (list) list.push(h);
      else waiting.set(target, [h]);
      continue;
    }
    place(h);
  }
  // A cycle of aliases (none in the data) keeps its order.
  for (const list of waiting.values()) for (const h of list) if (!out.includes(h)) out.push(h);
  head.splice(0, head.length, ...out);
}

function resultsOf(t: Texts, index: SearchIndex, query: Query, hits: number[], scores: Float64Array, s: Scratch): SearchResults {
  const catalog = t.catalog;
  // Ties go by name order (shorter names first, then by name, then row), which the index holds.
  const rank = index.nameOrder();
  const byScore = (a: number, b: number): number => (scores[b] as number) - (scores[a] as number) || (rank[hits[a] as number] as number) - (rank[hits[b] as number] as number);
  // The best RERANK hits with the run and phrase factors, then (when asked for) the rest in score order.
  const head = best(scores, RERANK, byScore);
  // The query's terms, marked with its number (score's, still the scratch arrays' query).
  for (const exps of query.expansions) for (const e of exps) s.termQuery[e.id] = s.queries;
  // The cheap cover is read from the scratch arrays, which still hold this query's.
  for (const h of head) scores[h] = (scores[h] as number) * factorOf(t, index, hits[h] as number, query, s, cheapCover(index, s, hits[h] as number));
  head.sort(byScore);
  aliasesAfterTheirEntry(t, index, hits, head);
  let ranked: number[] = head; // hit positions in rank order; all of them once `full`
  let full = head.length === hits.length;
  const upTo = (k: number): void => {
    if (full || k < ranked.length) return;
    const inHead = new Set(head);
    const rest = hits.map((_, h) => h).filter((h) => !inHead.has(h)).sort(byScore);
    ranked = head.concat(rest);
    full = true;
  };
  // Score's first expansions of the best hits' rows, kept from the scratch arrays (the next query overwrites them).
  const words = query.words.length;
  const headRows = new Int32Array(head.length);
  const first = new Uint32Array(head.length * words);
  for (let x = 0; x < head.length; x++) {
    const row = hits[head[x] as number] as number;
    headRows[x] = row;
    const scored = s.stamp[row] === s.queries ? (s.mask[row] as number) : 0;
    for (let j = 0; j < words; j++) if ((scored & (1 << j)) !== 0) first[x * words + j] = s.firstHit[row * MAX_WORDS + j] as number;
  }
  const matched = new Map<number, SearchMatched>();
  const matchedAt = (row: number): SearchMatched => {
    let m = matched.get(row);
    if (m === undefined) {
      const x = headRows.indexOf(row);
      matched.set(row, (m = matchedOf(t, index, row, query, first, x < 0 ? -1 : x * words)));
    }
    return m;
  };
  const indexAt = (k: number): number | undefined => {
    if (!(Number.isInteger(k) && k >= 0 && k < hits.length)) return undefined;
    upTo(k);
    return hits[ranked[k] as number];
  };
  const scoreAt = (k: number): number | undefined => {
    const row = indexAt(k);
    return row === undefined ? undefined : Math.round((scores[ranked[k] as number] as number) * 1000) / 1000;
  };
  return {
    total: hits.length,
    indexAt,
    tierAt: (k) => {
      const row = indexAt(k);
      return row === undefined ? undefined : tierOf(matchedAt(row), query.words.length);
    },
    hits(start = 0, end = hits.length) {
      const out: SearchHit[] = [];
      for (let k = Math.max(0, start); k < Math.min(end, hits.length); k++) {
        const row = indexAt(k) as number;
        const m = matchedAt(row);
        out.push({ entry: catalog.entry(row), tier: tierOf(m, query.words.length), score: scoreAt(k) as number, matched: m });
      }
      return out;
    },
    scoreAt,
    matchedAt: (k) => {
      const row = indexAt(k);
      return row === undefined ? undefined : matchedAt(row);
    },
    rankOf: (row) => {
      const at = ranked.indexOf(hits.indexOf(row));
      if (at >= 0 || full) return at;
      upTo(hits.length);
      return ranked.indexOf(hits.indexOf(row));
    },
  };
}

/** The best `limit` hits (default 20) of searchAll. */
export function search(catalog: Catalog, text: string, options: SearchOptions = {}): SearchHit[] {
  const limit = options.limit ?? 20;
  if (!(limit > 0)) return [];
  return searchAll(catalog, text, options.kind === undefined ? {} : { kind: options.kind }).hits(0, limit);
}
