import { describe, expect, it } from "vitest";
import { formatHex, KIND_LIST, searchAll } from "@winerr/core";
import { catalog, find, ipsec, ipsecHresult, ipsecLinks, ipsecName } from "../test/catalog.js";
import { KeyReader } from "./input.js";
import { positionOf } from "./model.js";
import { createReducer, escapeQuits, initialState, layout, selectedIndex, type Action, type State } from "./state.js";

const reduce = createReducer(catalog);
const size = { columns: 80, rows: 24 };
const run = (s: State, ...actions: Action[]) => actions.reduce(reduce, s);
const typed = (text: string): Action[] => [...text].map((c) => ({ type: "edit", edit: { type: "insert", text: c } }));
/** Keys as the terminal sends them, read together in one burst. */
const burst = (raw: string): Action => ({ type: "keys", keys: new KeyReader().feed(raw) });

describe("reducer (renders nothing)", () => {
  it("starts with the whole catalog listed", () => {
    const s = initialState(catalog, "", size);
    expect(s.results.mode).toBe("all");
    expect(s.results.count).toBe(catalog.size);
  });

  it("typing a wrapped number lists the Win32 entry inside it, via the rule", () => {
    const s = run(initialState(catalog, "", size), ...typed(ipsecHresult));
    expect(s.query).toBe(ipsecHresult);
    expect(s.results.mode).toBe("decode");
    expect(selectedIndex(s)).toBe(ipsec);
    expect(s.results.rows[0]?.via).toBe("HRESULT_FROM_WIN32");
  });

  it("text searches names and messages", () => {
    const s = run(initialState(catalog, "", size), ...typed("inbound SA"));
    expect(s.results.mode).toBe("search");
    expect(positionOf(s.results, ipsec)).toBeGreaterThanOrEqual(0);
  });

  it("a long search list is fetched as it scrolls, in core's ranking", () => {
    const hits = searchAll(catalog, "e");
    let s = initialState(catalog, "e", size);
    expect(s.results.count).toBe(hits.total);
    expect(s.results.rows.length).toBeLessThan(hits.total);
    const h = layout(size, "list").list;
    for (let i = 0; i < 60; i++) s = run(s, { type: "page", by: 1 });
    expect(s.selected).toBe(Math.min(60 * h, hits.total - 1));
    expect(selectedIndex(s)).toBe(hits.indexAt(s.selected));
    expect(s.results.rows.slice(s.top, s.top + h).map((r) => r.index)).toEqual(Array.from({ length: h }, (_, k) => hits.indexAt(s.top + k)));
    s = run(s, { type: "edge", to: "last" });
    expect(selectedIndex(s)).toBe(hits.indexAt(hits.total - 1));
    expect(s.results.rows.map((r) => r.index)).toEqual(Array.from({ length: hits.total }, (_, k) => hits.indexAt(k)));
  });

  it("the empty query lists the catalog in order, fetched as it scrolls", () => {
    let s = run(initialState(catalog, "", size), { type: "move", by: 5000 });
    expect(selectedIndex(s)).toBe(5000);
    expect(s.results.rows.length).toBeLessThan(catalog.size);
    expect(s.results.rows.every((r, k) => r.index === k)).toBe(true);
  });

  it("0x8007 lists the HRESULT numbers 0x8007xxxx: the HRESULT entries there and every Win32 code through HRESULT_FROM_WIN32", () => {
    // HRESULT_FROM_WIN32(x) = 0x80070000 | (x & 0xFFFF) for 0 < x <= 0xFFFF (winerror.h; FACILITY_WIN32 is 7).
    const rows = catalog.rows;
    const own = rows.filter((r) => r[2] >>> 16 === 0x8007).length;
    const win32 = rows.filter((r) => r[1] === "win32" && r[2] >= 1 && r[2] <= 0xffff && r[2] >>> 16 !== 0x8007).length;
    let s = initialState(catalog, "0x8007", size);
    expect(s.results.mode).toBe("decode");
    const listed = s.results.rows.filter((r) => r.range === true);
    expect(listed).toHaveLength(own + win32);
    expect(listed.filter((r) => r.via === "HRESULT_FROM_WIN32")).toHaveLength(win32);
    // In the order of the 32-bit number each stands for.
    const number = (r: (typeof listed)[number]) => (r.via === "HRESULT_FROM_WIN32" ? (0x80070000 | (catalog.valueOf(r.index) & 0xffff)) >>> 0 : catalog.valueOf(r.index));
    for (let k = 1; k < listed.length; k++) expect(number(listed[k] as (typeof listed)[number])).toBeGreaterThanOrEqual(number(listed[k - 1] as (typeof listed)[number]));
    // 0xC000: the NTSTATUS error range, with the kind filter narrowing it.
    s = run(initialState(catalog, "0xC000", size), { type: "cycleKind" }, { type: "cycleKind" }, { type: "cycleKind" });
    expect(s.filter.kind).toBe("ntstatus");
    expect(s.results.rows.filter((r) => r.range === true)).toHaveLength(rows.filter((r) => r[1] === "ntstatus" && r[2] >>> 16 === 0xc000).length);
  });

  it("letters alone are words, not bare hex", () => {
    const s = initialState(catalog, "bad", size);
    expect(s.results.mode).toBe("search");
  });

  it("moves and scrolls so the selection stays in the list's window", () => {
    const h = layout(size, "list").list;
    let s = run(initialState(catalog, "", size), ...Array.from({ length: h + 2 }, (): Action => ({ type: "move", by: 1 })));
    expect(s.selected).toBe(h + 2);
    expect(s.top).toBe(3);
    s = run(s, { type: "edge", to: "last" });
    expect(s.selected).toBe(catalog.size - 1);
    expect(s.top).toBe(catalog.size - h);
    s = run(s, { type: "page", by: -1 }, { type: "edge", to: "first" }, { type: "move", by: -1 });
    expect([s.selected, s.top]).toEqual([0, 0]);
  });

  it("jumps to a related entry and comes back", () => {
    let s = run(initialState(catalog, ipsecHresult, size), { type: "open" });
    expect(s.focus).toBe("detail");
    s = run(s, { type: "link", by: 1 });
    s = run(s, { type: "open" });
    expect(catalog.row(selectedIndex(s) as number)[0]).toBe(ipsecLinks[1]);
    expect(s.query).toBe(ipsecLinks[1]);
    expect(s.history).toHaveLength(1);
    s = run(s, { type: "back" });
    expect(s.query).toBe(ipsecHresult);
    expect(selectedIndex(s)).toBe(ipsec);
    expect(s.link).toBe(1);
    expect(run(s, { type: "back" }).notice).toMatch(/Nothing to go back/);
  });

  it("filters by kind in a cycle and keeps the selected entry when it still passes", () => {
    let s = initialState(catalog, ipsecName, size);
    s = run(s, { type: "cycleKind" });
    expect(s.filter.kind).toBe("win32");
    expect(selectedIndex(s)).toBe(ipsec);
    s = run(s, { type: "cycleKind" });
    expect(s.filter.kind).toBe("hresult");
    expect(s.results.rows.every((r) => catalog.row(r.index)[1] === "hresult")).toBe(true);
    // Then every other family the catalog has entries of, in catalog order, then no filter.
    const present = KIND_LIST.filter((k) => catalog.rows.some((r) => r[1] === k));
    for (const k of present.slice(2)) {
      s = run(s, { type: "cycleKind" });
      expect(s.filter.kind).toBe(k);
    }
    s = run(s, { type: "cycleKind" });
    expect(s.filter.kind).toBeNull();
  });

  it("filters by header from the picker", () => {
    let s = run(initialState(catalog, "", size), { type: "openFilter" });
    expect(s.overlay).toBe("filter");
    s = run(s, { type: "move", by: 1 }, { type: "open" });
    expect(s.overlay).toBeNull();
    const f = s.filter.facet;
    expect(f?.type).toBe("header");
    const header = f?.type === "header" ? f.header : "";
    expect(s.results.count).toBe(catalog.rows.filter((r) => r[4] === header).length);
    s = run(s, { type: "openFilter" }, { type: "edge", to: "first" }, { type: "open" });
    expect(s.filter.facet).toBeNull();
  });

  it("filters by facility: every listed entry has that facility", () => {
    let s = run(initialState(catalog, "", size), { type: "openFilter" }, { type: "edge", to: "last" }, { type: "open" });
    const f = s.filter.facet;
    expect(f?.type).toBe("facility");
    expect(s.results.rows.length).toBeGreaterThan(0);
    s = run(s, { type: "openFilter" }, { type: "escape" });
    expect(s.overlay).toBeNull();
  });

  it("Esc closes, then leaves the detail, then clears the query, then quits", () => {
    let s = run(initialState(catalog, ipsecHresult, size), { type: "help" });
    expect(escapeQuits(s)).toBe(false);
    s = run(s, { type: "escape" }, { type: "open" });
    expect([s.overlay, s.focus]).toEqual([null, "detail"]);
    s = run(s, { type: "escape" });
    expect(s.focus).toBe("list");
    s = run(s, { type: "escape" });
    expect(s.query).toBe("");
    expect(s.results.count).toBe(catalog.size);
    expect(escapeQuits(s)).toBe(true);
    expect(s.effects).toEqual([]);
    s = run(s, { type: "escape" });
    expect(s.effects.map((e) => e.type)).toEqual(["quit"]);
  });

  it("Esc with the filter picker open closes only the picker", () => {
    let s = run(initialState(catalog, ipsecHresult, size), burst("\u0006"));
    expect(s.overlay).toBe("filter");
    s = run(s, burst("\u001b"));
    expect([s.overlay, s.query, s.effects.length]).toEqual([null, ipsecHresult, 0]);
  });

  it("letters in the detail do not edit the query", () => {
    const s = run(initialState(catalog, ipsecHresult, size), { type: "open" }, burst("jkq"));
    expect(s.focus).toBe("list");
    expect(s.query).toBe(ipsecHresult);
  });

  it("a resize to 40x12 keeps the selection visible", () => {
    let s = run(initialState(catalog, "", size), { type: "edge", to: "last" });
    s = run(s, { type: "resize", size: { columns: 40, rows: 12 } });
    expect(s.selected - s.top).toBeLessThan(layout(s.size, "list").list);
    s = run(s, { type: "resize", size: { columns: 10, rows: 2 } }, { type: "move", by: -5 });
    expect(s.selected).toBe(catalog.size - 6);
  });

  it("a number nothing has lists nothing, and says so only through results", () => {
    // The first value after some HRESULT's that no entry has, and that no wrapping macro reaches
    // (bit 28 clear, high word not 0x8007, 0x800F or 0x801F; winerror.h).
    const values = new Set(catalog.rows.map((r) => r[2] >>> 0));
    let v = catalog.row(find((r) => r[1] === "hresult"))[2] + 1;
    while (values.has(v >>> 0) || (v & 0x10000000) !== 0 || [0x8007, 0x800f, 0x801f].includes(v >>> 16)) v++;
    const s = initialState(catalog, formatHex(v), size);
    expect(s.results.mode).toBe("decode");
    expect(s.results.rows).toEqual([]);
    expect(selectedIndex(s)).toBeNull();
    expect(run(s, { type: "open" }).focus).toBe("list");
  });

  it("reads each key of a burst against the state the key before left", () => {
    let s = run(initialState(catalog, "", size), burst("?x"));
    expect([s.overlay, s.query]).toEqual(["help", ""]);
    s = run(s, burst("?\u001b"));
    expect(s.effects.map((e) => e.type)).toEqual(["quit"]);
    // Ctrl+Y opens the copy menu, n copies the name, Ctrl+O prints (the menu is closed by then).
    s = run(initialState(catalog, ipsecHresult, size), burst("\u0019n\u000f"));
    expect(s.effects.map((e) => [e.type, e.index, e.what])).toEqual([["copy", ipsec, "name"], ["print", ipsec, undefined]]);
    s = run(initialState(catalog, ipsecHresult, size), burst("\r\u007f"));
    expect(s.notice).toMatch(/Nothing to go back/);
    // Esc and Backspace read apart (together they are Alt+Backspace).
    expect(run(s, burst("\u001b"), burst("\u007f")).query).toBe(ipsecHresult.slice(0, -1));
  });

  it("three Ctrl+N in one read move three times; six Backspaces delete six characters", () => {
    let s = run(initialState(catalog, "", size), burst("\u000e\u000e\u000e"));
    expect(s.selected).toBe(3);
    s = run(initialState(catalog, ipsecHresult, size), burst("\u007f".repeat(6)));
    expect(s.query).toBe(ipsecHresult.slice(0, -6));
    expect(s.results.mode).toBe("decode");
  });

  it("a burst of text and keys searches for the query each key needs, and once at the end", () => {
    // Typed, then down twice, then more text: the moves act on the list of the first text.
    let s = run(initialState(catalog, "", size), burst(ipsecHresult + "\r"));
    expect([s.query, s.focus, selectedIndex(s)]).toEqual([ipsecHresult, "detail", ipsec]);
    s = run(initialState(catalog, "", size), burst("access denied\u000e\u000e"));
    expect(s.selected).toBe(2);
    expect(selectedIndex(s)).toBe(searchAll(catalog, "access denied").indexAt(2));
  });

  it("a bracketed paste is text: line breaks inside are spaces, a trailing one is Enter", () => {
    let s = run(initialState(catalog, "", size), burst(`\u001b[200~${ipsecHresult}\n\u001b[201~`));
    expect([s.query, s.focus, selectedIndex(s)]).toEqual([ipsecHresult, "detail", ipsec]);
    s = run(initialState(catalog, "", size), burst("\u001b[200~inbound\nSA\u001b[201~"));
    expect([s.query, s.focus]).toEqual(["inbound SA", "list"]);
    // Pasted while reading a page: into the query, not read as page keys.
    s = run(initialState(catalog, ipsecHresult, size), { type: "open" }, burst("\u001b[200~jq\u001b[201~"));
    expect([s.query, s.focus]).toEqual([ipsecHresult + "jq", "list"]);
  });

  it("Ctrl+C asks to cancel from any view", () => {
    for (const first of ["", "?", "\u0006", "\r", "\r/"]) {
      const s = run(initialState(catalog, ipsecHresult, size), burst(first + "\u0003"));
      expect(s.effects.map((e) => e.type)).toEqual(["cancel"]);
    }
  });
});
