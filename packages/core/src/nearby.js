// Per catalog: "kind header" -> its rows sorted by value, then name, then
// row; each built when first asked for (the catalog's rowsOfKindAndHeader,
// which a packed catalog answers from its stored numbers).
const groups = new WeakMap();
function groupOf(catalog, kind, header) {
    let g = groups.get(catalog);
    if (g === undefined)
        groups.set(catalog, (g = new Map()));
    const key = kind + " " + header;
    let list = g.get(key);
    if (list === undefined) {
        list = byValue(catalog, catalog.rowsOfKindAndHeader(kind, header));
        g.set(key, list);
    }
    return list;
}
/**
 * Row indexes sorted by value, then name, then row (the order neighbours
 * are listed in); names are read only to break ties of value.
 */
export function byValue(catalog, rows) {
    const found = rows.map((i) => ({ i, value: catalog.valueOf(i) >>> 0 }));
    found.sort((a, b) => a.value - b.value || cmp(catalog.nameOf(a.i), catalog.nameOf(b.i)) || a.i - b.i);
    return found.map((f) => f.i);
}
/**
 * The entries of the same kind and header with the nearest values: up to
 * `count` on each side (default 4), computed from the data alone. This is
 * not a reviewed group; callers should say "nearby in <header>".
 */
export function nearby(catalog, index, count = 4) {
    const r = catalog.row(index);
    const list = groupOf(catalog, r[1], r[4]);
    const pos = list.indexOf(index);
    const start = Math.max(0, pos - count);
    const rows = list.slice(start, pos + count + 1);
    return { rows, at: pos - start };
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
