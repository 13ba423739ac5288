import type { Catalog, Kind } from "@winerr/core";
import { choiceCount, clampScroll, detailLines, findLines, linkLine, refAt, scrollTo, type DetailLine } from "./detail-lines.js";
import { applyEdit, type Edit, type Line } from "./edit.js";
import { HISTORY_MAX, visitOf, type Visit } from "./history.js";
import { pasteText, type KeyPress } from "./input.js";
import { pageModel } from "./pages.js";
import { commandFor, type Command, type Context } from "./keys.js";
import { facetLabel, facets, fetchRows, KINDS, linksOf, NO_FILTER, positionOf, runQuery, withOverride, type Detail, type Facet, type FacetCount, type Filter, type MessageOverride, type Results, type CopyWhat } from "./model.js";

export interface Size {
  columns: number;
  rows: number;
}

/** Where the view stood before a jump, for Back. */
export interface Snapshot {
  query: string;
  filter: Filter;
  selected: number;
  top: number;
  link: number;
  scroll: number;
}

export interface State {
  query: string;
  /** The query `results` are for: edits change `query` only, and the search runs once a key needs the list. */
  searched: string;
  /** Cursor in the query (UTF-16 offset). */
  cursor: number;
  filter: Filter;
  results: Results;
  /** Position in the list (results.rows holds at least up to it). */
  selected: number;
  /** First visible position of the list. */
  top: number;
  focus: "list" | "detail";
  /** Position among the selected entry's links (conversions, then related); kept while the page scrolls. */
  link: number;
  /** First line of the detail page shown when reading it. */
  scroll: number;
  /** The find prompt of the detail page while it is open. */
  findPrompt: Line | null;
  /** The last text found in the page, and the line of the current match. */
  found: { text: string; line: number } | null;
  history: Snapshot[];
  /** Where Back came from, for Forward. */
  future: Snapshot[];
  /** Recent lookups from earlier runs (catalog rows), listed first for the empty query. */
  recent: readonly number[];
  /** Entries whose page was opened in this run, oldest first (run.tsx saves them). */
  visits: Visit[];
  overlay: null | "help" | "filter" | "copy";
  /** First help row shown. */
  helpTop: number;
  /** Filter picker: the search text, and the position among its items (0 is "no filter"). */
  pickQuery: Line;
  pick: number;
  pickTop: number;
  size: Size;
  /** One line for the status bar, cleared by the next key. */
  notice: string | null;
  /** Requests for effects outside the state, in order; App performs each once (by seq). */
  effects: EffectRequest[];
}

export type Effect = "copy" | "print" | "quit" | "cancel" | "redraw" | "suspend" | "open";

export interface EffectRequest {
  type: Effect;
  seq: number;
  /** The entry selected when the key was read (copy and print act on it). */
  index: number | null;
  /** For copy: which text. */
  what?: CopyWhat;
  /** For open: the web link. */
  url?: string;
}

export type Action =
  | Command
  | { type: "resize"; size: Size }
  | { type: "notice"; text: string }
  /** Key presses read together, applied in order, each against the state the one before left. */
  | { type: "keys"; keys: readonly KeyPress[] };

export interface Layout {
  list: number;
  detail: number;
  /** Rows of the area below the query line (the overlays use all of it). */
  body: number;
}

/**
 * Rows: query line, list, a divider, detail, status bar, and the terminal's
 * last row left empty (Ink clears the whole screen for a frame that fills it).
 */
export function layout(size: Size, focus: State["focus"], count = Infinity): Layout {
  const body = Math.max(1, size.rows - 3);
  const share = Math.max(1, Math.floor(body * 0.4));
  // A short result list gives its unused rows to the detail.
  const list = Math.max(1, Math.min(count, focus === "detail" ? Math.min(3, share) : share));
  return { list, detail: Math.max(0, body - list - 1), body };
}

export function initialState(catalog: Catalog, query: string, size: Size, recent: readonly number[] = []): State {
  const s: State = {
    query,
    searched: query,
    cursor: query.length,
    filter: NO_FILTER,
    results: runQuery(catalog, query, NO_FILTER, recent),
    selected: 0,
    top: 0,
    focus: "list",
    link: 0,
    scroll: 0,
    findPrompt: null,
    found: null,
    history: [],
    future: [],
    recent,
    visits: [],
    overlay: null,
    helpTop: 0,
    pickQuery: { text: "", cursor: 0 },
    pick: 0,
    pickTop: 0,
    size,
    notice: null,
    effects: [],
  };
  return select(s, 0);
}

/** The query line's count: "12/20519" (the selection's position, of how many), or "0". */
export function countLabel(s: State): string {
  return s.results.count === 0 ? "0" : `${s.selected + 1}/${s.results.count}`;
}

/** The catalog row of the selected entry, if any. */
export function selectedIndex(s: State): number | null {
  return s.results.rows[s.selected]?.index ?? null;
}

/** Where a key is read (keys.ts): the innermost thing open. */
export function contextOf(s: State): Context {
  if (s.overlay !== null) return s.overlay;
  if (s.focus === "detail") return s.findPrompt !== null ? "find" : "detail";
  return "list";
}

const details = new WeakMap<Catalog, Map<number, Detail>>();

/** detailOf, remembered per catalog row (the detail pane and links ask often); null until the page model is loaded (pages.ts). */
export function detailFor(catalog: Catalog, index: number): Detail | null {
  const model = pageModel();
  if (model === null) return null;
  let m = details.get(catalog);
  if (m === undefined) details.set(catalog, (m = new Map()));
  let d = m.get(index);
  if (d === undefined) {
    if (m.size > 256) m.clear();
    m.set(index, (d = model.detailOf(catalog, index)));
  }
  return d;
}

const pages = new WeakMap<Catalog, { key: string; lines: DetailLine[] }>();

/** The page of an entry as lines at a width (the last one is remembered: App and reducer ask for the same). */
export function pageLines(catalog: Catalog, index: number, columns: number, override?: MessageOverride): DetailLine[] {
  const key = `${index}:${columns}:${override === undefined ? "" : "o"}`;
  const had = pages.get(catalog);
  if (had !== undefined && had.key === key) return had.lines;
  const d = detailFor(catalog, index);
  if (d === null) return [];
  const lines = detailLines(catalog, withOverride(d, override), columns);
  pages.set(catalog, { key, lines });
  return lines;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, n));
}

/** Keep `pos` visible in a window of `height` rows over `count` items. */
function scrolled(pos: number, top: number, height: number, count: number): number {
  let t = top;
  if (pos < t) t = pos;
  if (pos >= t + height) t = pos - height + 1;
  return clamp(t, 0, Math.max(0, count - height));
}

/**
 * Select position `pos`, scroll to it, and fetch the rows the list will
 * show. The page's link, scroll and find start over unless the selected
 * entry is still `before` (the entry selected before the change).
 */
function select(s: State, pos: number, before: number | null = selectedIndex(s)): State {
  const count = s.results.count;
  const selected = count === 0 ? 0 : clamp(pos, 0, count - 1);
  const height = layout(s.size, s.focus, count).list;
  const top = scrolled(selected, s.top, height, count);
  const results = fetchRows(s.results, Math.max(top + height, selected + 1));
  const same = before === (results.rows[selected]?.index ?? null);
  return { ...s, results, selected, top, ...(same ? {} : { link: 0, scroll: 0, found: null, findPrompt: null }) };
}

/** New query or filter: recompute; keep the selected entry when it is still listed. */
function requery(catalog: Catalog, s: State, query: string, filter: Filter): State {
  const keep = selectedIndex(s);
  const results = runQuery(catalog, query, filter, s.recent);
  const again = query === s.searched && keep !== null ? positionOf(results, keep) : -1;
  return select({ ...s, query, searched: query, filter, results, selected: Math.max(0, again), top: 0 }, Math.max(0, again), keep);
}

/** The next family the catalog has entries of (families without entries are skipped), then none. */
function nextKind(catalog: Catalog, k: Kind | null): Kind | null {
  const byKind = catalog.manifest().byKind;
  const present = KINDS.filter((x) => (byKind[x] ?? 0) > 0);
  if (k === null) return present[0] ?? null;
  const i = present.indexOf(k);
  return i >= 0 && i + 1 < present.length ? (present[i + 1] ?? null) : null;
}

/** The picker's items for its search text: headers and facilities whose label holds every word. */
export function pickItems(catalog: Catalog, query: string): FacetCount[] {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w !== "");
  const all = facets(catalog);
  if (words.length === 0) return all;
  return all.filter((f) => {
    const label = ((f.facet.type === "header" ? "header " : "facility ") + facetLabel(catalog, f.facet)).toLowerCase();
    return words.every((w) => label.includes(w));
  });
}

function pickFilter(s: State, pos: number, catalog: Catalog): State {
  const count = pickItems(catalog, s.pickQuery.text).length + 1;
  const pick = clamp(pos, 0, count - 1);
  return { ...s, pick, pickTop: scrolled(pick, s.pickTop, layout(s.size, "list").body - 2, count) };
}

/** Whether Esc has nothing left to close, so it quits. */
export function escapeQuits(s: State): boolean {
  return s.overlay === null && s.focus === "list" && s.query === "";
}

/** Rows the help overlay gives its list (a title row above). */
export function helpHeight(s: State): number {
  return Math.max(1, layout(s.size, "list").body - 1);
}

function effect(s: State, type: Effect, what?: CopyWhat, url?: string): State {
  const seq = (s.effects[s.effects.length - 1]?.seq ?? 0) + 1;
  return { ...s, effects: [...s.effects.slice(-7), { type, seq, index: selectedIndex(s), ...(what !== undefined ? { what } : {}), ...(url !== undefined ? { url } : {}) }] };
}

export function createReducer(catalog: Catalog, override?: MessageOverride, helpCount = 0): (s: State, a: Action) => State {
  const page = (s: State): DetailLine[] => {
    const index = selectedIndex(s);
    return index === null ? [] : pageLines(catalog, index, s.size.columns, override);
  };
  const paneHeight = (s: State) => layout(s.size, "detail", s.results.count).detail;

  /** Applies a query edit without searching (a burst searches once, for its last query). */
  const editQuery = (s: State, e: Edit): State => {
    const line = applyEdit({ text: s.query, cursor: s.cursor }, e);
    return { ...s, query: line.text, cursor: line.cursor, focus: "list" };
  };

  /** Runs the query the state shows when the results are for another (after edits). */
  const settle = (s: State): State => (s.query === s.searched ? s : requery(catalog, s, s.query, s.filter));

  /** Pasted text: into the find or picker line, else the query (closing help); a trailing line break is Enter. */
  const paste = (s: State, raw: string): State => {
    const { text, enter } = pasteText(raw);
    const ctx = contextOf(s);
    const into = ctx === "find" || ctx === "filter" ? s : { ...s, overlay: null, focus: "list" as const };
    const next = command(into, { type: "edit", edit: { type: "insert", text } }, null);
    return enter ? command(settle(next), { type: "open" }, null) : next;
  };

  const findFrom = (s: State, text: string, from: number, by: number): State => {
    const lines = page(s);
    const hits = findLines(lines, text);
    if (hits.length === 0) return { ...s, found: null, notice: `Not found in the page: ${text}` };
    const next = by >= 0 ? (hits.find((h) => h >= from) ?? hits[0]) : ([...hits].reverse().find((h) => h <= from) ?? hits[hits.length - 1]);
    const line = next as number;
    const wrapped = by >= 0 ? line < from : line > from;
    return {
      ...s,
      found: { text, line },
      scroll: scrollTo(lines, paneHeight(s), s.scroll, line),
      notice: `${hits.indexOf(line) + 1}/${hits.length} matches of "${text}"${wrapped ? " (wrapped)" : ""}`,
    };
  };

  const snapshot = (s: State): Snapshot => ({ query: s.query, filter: s.filter, selected: s.selected, top: s.top, link: s.link, scroll: s.scroll });
  const restore = (s: State, snap: Snapshot): State => {
    const results = runQuery(catalog, snap.query, snap.filter, s.recent);
    const at: State = { ...s, query: snap.query, searched: snap.query, cursor: snap.query.length, filter: snap.filter, top: snap.top, results };
    return { ...select(at, snap.selected), link: snap.link, scroll: snap.scroll };
  };
  /** The selected entry's page was opened: a visit for the history. */
  const visit = (s: State): State => {
    const index = selectedIndex(s);
    if (index === null) return s;
    const v = visitOf(catalog, index);
    return { ...s, visits: [...s.visits.filter((x) => x.index !== index), v].slice(-HISTORY_MAX) };
  };

  function command(s: State, c: Command, key: KeyPress | null): State {
    const ctx = contextOf(s);
    switch (c.type) {
      case "edit": {
        if (ctx === "find" && s.findPrompt !== null) return { ...s, findPrompt: applyEdit(s.findPrompt, c.edit) };
        if (ctx === "filter") return pickFilter({ ...s, pickQuery: applyEdit(s.pickQuery, c.edit), pickTop: 0 }, 0, catalog);
        return editQuery(s, c.edit);
      }
      case "paste":
        return paste(s, key?.text ?? "");
      case "move":
      case "page":
      case "edge": {
        if (ctx === "filter") {
          const last = pickItems(catalog, s.pickQuery.text).length;
          const height = Math.max(1, layout(s.size, "list").body - 2);
          const to = c.type === "edge" ? (c.to === "first" ? 0 : last) : s.pick + (c.type === "page" ? c.by * height : c.by);
          return pickFilter(s, to, catalog);
        }
        const step = c.type === "move" ? c.by : c.type === "page" ? c.by * layout(s.size, s.focus, s.results.count).list : 0;
        const to = c.type === "edge" ? (c.to === "first" ? 0 : s.results.count - 1) : s.selected + step;
        return select(s, to);
      }
      case "scroll":
      case "scrollPage":
      case "scrollEdge": {
        if (ctx === "help") {
          const h = helpHeight(s);
          const max = Math.max(0, helpCount - h);
          const to = c.type === "scrollEdge" ? (c.to === "first" ? 0 : max) : s.helpTop + (c.type === "scroll" ? c.by : c.by * Math.max(1, h - 1));
          return { ...s, helpTop: clamp(to, 0, max) };
        }
        const lines = page(s);
        const h = paneHeight(s);
        const to = c.type === "scrollEdge" ? (c.to === "first" ? 0 : lines.length) : s.scroll + (c.type === "scroll" ? c.by : c.by * Math.max(1, h - 1));
        return { ...s, scroll: clampScroll(lines, h, to) };
      }
      case "link": {
        const index = selectedIndex(s);
        if (index === null) return s;
        if (pageModel() === null) return { ...s, notice: "The page is still loading." };
        const lines = page(s);
        const n = choiceCount(lines);
        if (n === 0) return { ...s, notice: "This page has no links." };
        const link = (((s.link + c.by) % n) + n) % n;
        return { ...s, link, scroll: scrollTo(lines, paneHeight(s), s.scroll, linkLine(lines, link)) };
      }
      case "toDetail":
        return selectedIndex(s) === null ? s : visit(select({ ...s, focus: "detail", scroll: 0, found: null, findPrompt: null }, s.selected));
      case "open": {
        if (ctx === "filter") {
          const items = pickItems(catalog, s.pickQuery.text);
          const chosen: Facet | null = s.pick === 0 ? null : (items[s.pick - 1]?.facet ?? null);
          return requery(catalog, { ...s, overlay: null }, s.query, { ...s.filter, facet: chosen });
        }
        if (ctx === "find") {
          const text = s.findPrompt?.text ?? "";
          const closed = { ...s, findPrompt: null };
          return text === "" ? closed : findFrom(closed, text, s.scroll, 1);
        }
        if (ctx === "list") return command(s, { type: "toDetail" }, null);
        const index = selectedIndex(s);
        const d = index === null ? null : detailFor(catalog, index);
        const target = d === null ? undefined : linksOf(d)[s.link];
        if (target === undefined) return command(s, { type: "openUrl" }, null);
        const snap = snapshot(s);
        const name = catalog.nameOf(target);
        const results = runQuery(catalog, name, NO_FILTER);
        const pos = Math.max(0, positionOf(results, target));
        return visit(select({ ...s, query: name, searched: name, cursor: name.length, filter: NO_FILTER, results, history: [...s.history, snap].slice(-100), future: [], top: 0, selected: pos }, pos, null));
      }
      case "back": {
        const snap = s.history[s.history.length - 1];
        if (snap === undefined) return { ...s, notice: "Nothing to go back to." };
        return restore({ ...s, history: s.history.slice(0, -1), future: [...s.future, snapshot(s)] }, snap);
      }
      case "forward": {
        const snap = s.future[s.future.length - 1];
        if (snap === undefined) return { ...s, notice: "Nothing to go forward to." };
        return restore({ ...s, future: s.future.slice(0, -1), history: [...s.history, snapshot(s)] }, snap);
      }
      case "openUrl": {
        const url = refAt(page(s), s.link);
        if (url === undefined) return { ...s, notice: "No web link chosen (Tab chooses one)." };
        return effect(s, "open", undefined, url);
      }
      case "closeDetail":
        return select({ ...s, focus: "list", findPrompt: null }, s.selected);
      case "escape":
        if (s.overlay !== null) return { ...s, overlay: null };
        if (s.findPrompt !== null) return { ...s, findPrompt: null };
        if (s.focus === "detail") return command(s, { type: "closeDetail" }, null);
        if (s.query !== "") return { ...s, query: "", cursor: 0 };
        return effect(s, "quit");
      case "find":
        return { ...s, findPrompt: { text: "", cursor: 0 } };
      case "findNext": {
        if (s.found === null) return { ...s, notice: "Nothing to find yet (/ finds)." };
        return findFrom(s, s.found.text, s.found.line + c.by, c.by);
      }
      case "cycleKind":
        return requery(catalog, s, s.query, { ...s.filter, kind: nextKind(catalog, s.filter.kind) });
      case "openFilter": {
        const f = s.filter.facet;
        const at = f === null ? 0 : facets(catalog).findIndex((x) => JSON.stringify(x.facet) === JSON.stringify(f)) + 1;
        return pickFilter({ ...s, overlay: "filter", pickQuery: { text: "", cursor: 0 }, pickTop: 0 }, at, catalog);
      }
      case "help":
        return s.overlay === "help" ? { ...s, overlay: null } : { ...s, overlay: "help", helpTop: 0 };
      case "copyMenu":
        return selectedIndex(s) === null ? { ...s, notice: "Nothing selected to copy." } : { ...s, overlay: "copy" };
      case "copy":
        return effect({ ...s, overlay: null }, "copy", c.what);
      case "print":
      case "cancel":
      case "redraw":
      case "suspend":
        return effect(s, c.type);
    }
  }

  return function reduce(state: State, action: Action): State {
    const s = state.notice === null || action.type === "resize" ? state : { ...state, notice: null };
    switch (action.type) {
      case "keys": {
        // Query edits only change the text; the search runs when a key needs
        // the list (or once, after the burst), so a paste searches once.
        let t = s;
        const last = s.effects[s.effects.length - 1]?.seq ?? 0;
        for (const key of action.keys) {
          const c = commandFor(key, contextOf(t));
          if (c === null) continue;
          const queryEdit = c.type === "edit" && contextOf(t) === "list";
          t = command(queryEdit ? t : settle(t), c, key);
          const e = t.effects[t.effects.length - 1];
          if (e !== undefined && e.seq > last && (e.type === "quit" || e.type === "cancel" || e.type === "print")) break;
        }
        return settle(t);
      }
      case "resize": {
        const next = { ...s, size: action.size };
        const sel = select(next, next.selected);
        return pickFilter({ ...sel, scroll: clampScroll(page(sel), paneHeight(sel), sel.scroll) }, next.pick, catalog);
      }
      case "notice":
        return { ...s, notice: action.text };
      default: {
        // A single command (tests): as a key would apply it.
        return settle(command(settle(s), action, null));
      }
    }
  };
}
