/**
 * Each catalog row's reviewed group, computed at build time (the apps'
 * build.mjs writes it beside the packed catalog as catalog-groups.json), so
 * no command matches group rules at start-up. A file of its own, not a
 * section of the packed catalog: the row records stay as packed.ts has them.
 * This module holds no group table, so the decode bundle stays small; the
 * apps register the file's reader when they open the catalog, and
 * group-of.ts reads it on first use. A catalog without one (tests, a plain
 * catalog file) has its groups matched as before.
 */
export const ASSIGNMENT_FORMAT = "winerr-group-assignment/1";
/** Build time: the file for `catalog` (packed, `catalogBytes` long), given each row's group id. */
export function packGroupAssignment(catalog, catalogBytes, groupIdOf) {
    const groups = [];
    const at = new Map();
    const ids = [];
    for (let i = 0; i < catalog.size; i++) {
        const id = groupIdOf(i);
        if (id === null) {
            ids.push(-1);
            continue;
        }
        let k = at.get(id);
        if (k === undefined) {
            k = groups.length;
            groups.push(id);
            at.set(id, k);
        }
        ids.push(k);
    }
    const width = Math.max(1, groups.length.toString(16).length);
    const none = "F".repeat(width);
    const file = {
        format: ASSIGNMENT_FORMAT,
        about: "Each row's reviewed group for the packed catalog beside it; see packages/core/src/group-assignment.ts.",
        count: catalog.size,
        buildDate: catalog.buildDate,
        catalogBytes,
        grouped: ids.filter((k) => k >= 0).length,
        width,
        groups,
        rows: ids.map((k) => (k < 0 ? none : k.toString(16).toUpperCase().padStart(width, "0"))).join(""),
    };
    return JSON.stringify(file) + "\n";
}
/** The file's content if it is one, computed for this catalog (else null: callers match rules instead). */
export function parseGroupAssignment(text, catalog, catalogBytes) {
    let a;
    try {
        a = JSON.parse(text);
    }
    catch {
        return null;
    }
    if (a === null || typeof a !== "object" || a.format !== ASSIGNMENT_FORMAT)
        return null;
    if (a.count !== catalog.size || a.buildDate !== catalog.buildDate || a.catalogBytes !== catalogBytes)
        return null;
    if (!Array.isArray(a.groups) || typeof a.rows !== "string" || !(a.width >= 1) || a.rows.length !== a.count * a.width)
        return null;
    return a;
}
const sources = new WeakMap();
const read = new WeakMap();
/**
 * Registers where the precomputed groups of `catalog` are: `load` returns
 * the file's text or null; it runs once, when a group is first needed.
 */
export function useGroupAssignment(catalog, catalogBytes, load) {
    sources.set(catalog, () => {
        const text = load();
        return text === null ? null : parseGroupAssignment(text, catalog, catalogBytes);
    });
}
/** The registered, valid precomputed groups of `catalog`, or null. */
export function groupAssignmentOf(catalog) {
    if (read.has(catalog))
        return read.get(catalog) ?? null;
    const a = sources.get(catalog)?.() ?? null;
    read.set(catalog, a);
    return a;
}
