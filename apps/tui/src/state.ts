import type { Catalog, Kind } from "@winerr/core";
import type { Key } from "ink";
import { detailLines, paneTop } from "./detail-lines.js";
import { commandFor, type Command } from "./keys.js";
import { detailOf, facets, fetchRows, KINDS, linksOf, NO_FILTER, positionOf, runQuery, type Detail, type Facet, type Filter, type Results } from "./model.js";

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
}

export interface State {
  query: string;
  filter: Filter;
  results: Results;
  /** Position in the list (results.rows holds at least up to it). */
  selected: number;
  /** First visible position of the list. */
  top: number;
  focus: "list" | "detail";
  /** Position among the selected entry's links (conversions, then related). */
  link: number;
  /** First line of the detail pane after PgUp/PgDn in it; null: follow the chosen link. */
  paneScroll: number | null;
  history: Snapshot[];
  overlay: null | "help" | "filter";
  /** Filter picker: 0 is "no filter", k is facets()[k - 1]. */
  pick: number;
  pickTop: number;
  size: Size;
  /** One line for the status bar, cleared by the next key. */
  notice: string | null;
  /** The latest request for an effect outside the state; App performs each once (by seq). */
  effect: { type: Effect; seq: number } | null;
}

export type Effect = "copy" | "print" | "quit";

export type Action =
  | Exclude<Command, { type: Effect }>
  | { type: "resize"; size: Size }
  | { type: "notice"; text: string }
  /** A key press, read against the state it arrives in (keys.ts decides what it means). */
  | { type: "key"; input: string; key: Key };

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

export function initialState(catalog: Catalog, query: string, size: Size): State {
  const s: State = {
    query,
    filter: NO_FILTER,
    results: runQuery(catalog, query, NO_FILTER),
    selected: 0,
    top: 0,
    focus: "list",
    link: 0,
    paneScroll: null,
    history: [],
    overlay: null,
    pick: 0,
    pickTop: 0,
    size,
    notice: null,
    effect: null,
  };
  return select(s, 0);
}

/** The catalog row of the selected entry, if any. */
export function selectedIndex(s: State): number | null {
  return s.results.rows[s.selected]?.index ?? null;
}

const details = new WeakMap<Catalog, Map<number, Detail>>();

/** detailOf, remembered per catalog row (the detail pane and links ask often). */
export function detailFor(catalog: Catalog, index: number): Detail {
  let m = details.get(catalog);
  if (m === undefined) details.set(catalog, (m = new Map()));
  let d = m.get(index);
  if (d === undefined) {
    if (m.size > 256) m.clear();
    m.set(index, (d = detailOf(catalog, index)));
  }
  return d;
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

/** Select position `pos`, scroll to it, and fetch the rows the list will show. */
function select(s: State, pos: number): State {
  const count = s.results.count;
  const selected = count === 0 ? 0 : clamp(pos, 0, count - 1);
  const height = layout(s.size, s.focus, count).list;
  const top = scrolled(selected, s.top, height, count);
  const results = fetchRows(s.results, Math.max(top + height, selected + 1));
  return { ...s, results, selected, top, link: selected === s.selected ? s.link : 0, paneScroll: null };
}

/** New query or filter: recompute; keep the selected entry when it is still listed. */
function requery(catalog: Catalog, s: State, query: string, filter: Filter): State {
  const keep = selectedIndex(s);
  const results = runQuery(catalog, query, filter);
  const again = query === s.query && keep !== null ? positionOf(results, keep) : -1;
  return select({ ...s, query, filter, results, selected: Math.max(0, again), top: 0, link: 0 }, Math.max(0, again));
}

/** The next family the catalog has entries of (families without entries are skipped), then none. */
function nextKind(catalog: Catalog, k: Kind | null): Kind | null {
  const byKind = catalog.manifest().byKind;
  const present = KINDS.filter((x) => (byKind[x] ?? 0) > 0);
  if (k === null) return present[0] ?? null;
  const i = present.indexOf(k);
  return i >= 0 && i + 1 < present.length ? (present[i + 1] ?? null) : null;
}

function pickFilter(s: State, pos: number, catalog: Catalog): State {
  const count = facets(catalog).length + 1;
  const pick = clamp(pos, 0, count - 1);
  return { ...s, pick, pickTop: scrolled(pick, s.pickTop, layout(s.size, "list").body - 1, count) };
}

/** Whether Esc has nothing left to close, so it quits. */
export function escapeQuits(s: State): boolean {
  return s.overlay === null && s.focus === "list" && s.query === "";
}

export function createReducer(catalog: Catalog): (s: State, a: Action) => State {
  return function reduce(state: State, action: Action): State {
    const s = state.notice === null || action.type === "resize" ? state : { ...state, notice: null };
    switch (action.type) {
      case "key": {
        const c = commandFor(action.input, action.key, state.overlay ?? state.focus);
        if (c === null) return state;
        const effect = c.type === "copy" || c.type === "print" || c.type === "quit" ? c.type : c.type === "escape" && escapeQuits(state) ? "quit" : null;
        if (effect !== null) return { ...s, effect: { type: effect, seq: (state.effect?.seq ?? 0) + 1 } };
        return reduce(state, c as Action);
      }
      case "resize": {
        const next = { ...s, size: action.size };
        return pickFilter(select(next, next.selected), next.pick, catalog);
      }
      case "notice":
        return { ...s, notice: action.text };
      case "insert":
        return requery(catalog, { ...s, focus: "list" }, s.query + action.text, s.filter);
      case "backspace":
        return s.query === "" ? s : requery(catalog, s, s.query.slice(0, -1), s.filter);
      case "clearQuery":
        return requery(catalog, { ...s, focus: "list" }, "", s.filter);
      case "move":
      case "page":
      case "edge": {
        const step = action.type === "move" ? action.by : action.type === "page" ? action.by * layout(s.size, s.focus, s.results.count).list : 0;
        if (s.overlay === "filter") {
          const last = facets(catalog).length;
          const page = Math.max(1, layout(s.size, "list").body - 1);
          const to = action.type === "edge" ? (action.to === "first" ? 0 : last) : s.pick + (action.type === "page" ? action.by * page : step);
          return pickFilter(s, to, catalog);
        }
        if (s.focus === "detail") {
          const index = selectedIndex(s);
          if (index === null) return s;
          // PgUp/PgDn scroll the page (to its guidance and questions); the arrows choose a link.
          if (action.type === "page") {
            const lines = detailLines(catalog, detailFor(catalog, index), s.size.columns);
            const height = layout(s.size, s.focus, s.results.count).detail;
            const top = paneTop(lines, s.link, height, s.paneScroll);
            return { ...s, paneScroll: paneTop(lines, s.link, height, top + action.by * Math.max(1, height - 1)) };
          }
          const n = linksOf(detailFor(catalog, index)).length;
          const to = action.type === "edge" ? (action.to === "first" ? 0 : n - 1) : s.link + step;
          return { ...s, link: clamp(to, 0, Math.max(0, n - 1)), paneScroll: null };
        }
        const to = action.type === "edge" ? (action.to === "first" ? 0 : s.results.count - 1) : s.selected + step;
        return select(s, to);
      }
      case "toggleFocus":
        if (s.focus === "detail") return select({ ...s, focus: "list" }, s.selected);
        return selectedIndex(s) === null ? s : select({ ...s, focus: "detail" }, s.selected);
      case "open": {
        if (s.overlay === "filter") {
          const chosen: Facet | null = s.pick === 0 ? null : (facets(catalog)[s.pick - 1]?.facet ?? null);
          return requery(catalog, { ...s, overlay: null }, s.query, { ...s.filter, facet: chosen });
        }
        if (s.focus === "list") return selectedIndex(s) === null ? s : select({ ...s, focus: "detail" }, s.selected);
        const index = selectedIndex(s);
        const target = index === null ? undefined : linksOf(detailFor(catalog, index))[s.link];
        if (target === undefined) return s;
        const snap: Snapshot = { query: s.query, filter: s.filter, selected: s.selected, top: s.top, link: s.link };
        const name = catalog.row(target)[0];
        const results = runQuery(catalog, name, NO_FILTER);
        const pos = Math.max(0, positionOf(results, target));
        return select({ ...s, query: name, filter: NO_FILTER, results, history: [...s.history, snap], top: 0, selected: pos, link: 0 }, pos);
      }
      case "back": {
        const snap = s.history[s.history.length - 1];
        if (snap === undefined) return { ...s, notice: "Nothing to go back to." };
        const results = runQuery(catalog, snap.query, snap.filter);
        const back: State = { ...s, ...snap, results, history: s.history.slice(0, -1) };
        return { ...select(back, snap.selected), link: snap.link };
      }
      case "escape":
        if (s.overlay !== null) return { ...s, overlay: null };
        if (s.focus === "detail") return select({ ...s, focus: "list" }, s.selected);
        return s.query === "" ? s : requery(catalog, s, "", s.filter);
      case "cycleKind":
        return requery(catalog, s, s.query, { ...s.filter, kind: nextKind(catalog, s.filter.kind) });
      case "openFilter": {
        const f = s.filter.facet;
        const at = f === null ? 0 : facets(catalog).findIndex((c) => JSON.stringify(c.facet) === JSON.stringify(f)) + 1;
        return pickFilter({ ...s, overlay: "filter", pickTop: 0 }, at, catalog);
      }
      case "help":
        return { ...s, overlay: s.overlay === "help" ? null : "help" };
    }
  };
}
