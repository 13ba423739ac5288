import { groupAssignmentOf } from "./group-assignment.js";
import { GROUPS } from "./groups/index.js";
import { ruleMatches } from "./groups/match.js";
import { byValue } from "./nearby.js";
/** Rules by "kind header", each list highest priority first. */
let byKey;
let byId;
function rulesFor(kind, header) {
    if (byKey === undefined) {
        byKey = new Map();
        for (const r of GROUPS) {
            for (const h of r.headers) {
                const k = r.kind + " " + h;
                const list = byKey.get(k) ?? [];
                list.push(r);
                byKey.set(k, list);
            }
        }
        for (const list of byKey.values())
            list.sort((a, b) => b.priority - a.priority);
    }
    return byKey.get(kind + " " + header) ?? [];
}
/** The group rule with this id, if any. */
export function groupById(id) {
    byId ??= new Map(GROUPS.map((r) => [r.id, r]));
    return byId.get(id);
}
/**
 * The reviewed group of catalog row `index`, or null when no rule selects
 * it: read from the build's precomputed file when the app registered one
 * (group-assignment.ts), else matched.
 */
export function groupOf(catalog, index) {
    const a = assigned.get(catalog);
    if (a !== undefined)
        return at(a[checked(index, a.length)]);
    const p = precomputed(catalog);
    if (p !== null)
        return at(p.groupAt(checked(index, p.count)));
    return matchGroup(catalog, index);
}
function checked(index, size) {
    if (!(Number.isInteger(index) && index >= 0 && index < size))
        throw new RangeError(`No catalog entry at index ${index}.`);
    return index;
}
const at = (g) => (g < 0 ? null : GROUPS[g]);
function matchGroup(catalog, index) {
    const key = { name: catalog.nameOf(index), kind: catalog.kindOf(index), value: catalog.valueOf(index), header: catalog.headerOf(index) };
    for (const r of rulesFor(key.kind, key.header))
        if (ruleMatches(r, key))
            return r;
    return null;
}
// Per catalog: every row's group (index into GROUPS, -1 none), matched once
// for the whole catalog when no precomputed file is registered.
const assigned = new WeakMap();
const precomputedOf = new WeakMap();
/** The registered precomputed groups, if any and all their ids are known (else null: match). */
function precomputed(catalog) {
    let p = precomputedOf.get(catalog);
    if (p !== undefined)
        return p;
    p = null;
    const file = groupAssignmentOf(catalog);
    if (file !== null) {
        const pos = new Map(GROUPS.map((r, i) => [r.id, i]));
        const groups = file.groups.map((id) => pos.get(id) ?? -2);
        // A file built with another table (an id this one lacks): match instead.
        if (!groups.includes(-2)) {
            const { rows, width, count } = file;
            const code = (index) => {
                let k = 0;
                for (let d = 0, o = index * width; d < width; d++, o++) {
                    const c = rows.charCodeAt(o);
                    k = k * 16 + (c <= 57 ? c - 48 : c - 55);
                }
                return k;
            };
            p = {
                count,
                grouped: file.grouped,
                groupAt: (index) => groups[code(index)] ?? -1, // all F: none
                rowsOf: (g) => {
                    const k = groups.indexOf(g);
                    const out = [];
                    if (k < 0)
                        return out;
                    // The group's code found by the string search itself (a cold page
                    // would otherwise decode every row's digits), kept where it is a whole record.
                    const digits = k.toString(16).toUpperCase().padStart(width, "0");
                    for (let o = rows.indexOf(digits); o !== -1; o = rows.indexOf(digits, o + 1))
                        if (o % width === 0)
                            out.push(o / width);
                    return out;
                },
            };
        }
    }
    precomputedOf.set(catalog, p);
    return p;
}
function assignment(catalog) {
    let a = assigned.get(catalog);
    if (a === undefined) {
        a = new Int16Array(catalog.size).fill(-1);
        const pos = new Map(GROUPS.map((r, i) => [r, i]));
        for (let i = 0; i < catalog.size; i++) {
            const g = groupOf(catalog, i);
            if (g !== null)
                a[i] = pos.get(g);
        }
        assigned.set(catalog, a);
    }
    return a;
}
// Per catalog and group: its rows sorted by value, then name, then row.
const members = new WeakMap();
/**
 * The rows of one group, by value (then name); empty for an unknown id.
 * Reads only the rows of the rule's family and headers, then keeps those
 * the rule selects and whose highest-priority group it is.
 */
export function groupMembers(catalog, id) {
    let m = members.get(catalog);
    if (m === undefined)
        members.set(catalog, (m = new Map()));
    let list = m.get(id);
    if (list === undefined) {
        const rule = groupById(id);
        list = [];
        const p = precomputed(catalog);
        if (rule !== undefined && p !== null)
            list = p.rowsOf(GROUPS.indexOf(rule));
        else if (rule !== undefined) {
            for (const header of rule.headers) {
                for (const i of catalog.rowsOfKindAndHeader(rule.kind, header)) {
                    const value = catalog.valueOf(i) >>> 0;
                    // The range first: it spares reading the names of most rows.
                    if (rule.range !== undefined && (value < rule.range[0] || value > rule.range[1]))
                        continue;
                    const key = { name: catalog.nameOf(i), kind: rule.kind, value, header };
                    if (ruleMatches(rule, key) && groupOf(catalog, i) === rule)
                        list.push(i);
                }
            }
        }
        list = byValue(catalog, list);
        m.set(id, list);
    }
    return list;
}
/** How many catalog rows belong to some group. */
export function withGuidanceCount(catalog) {
    const p = precomputed(catalog);
    if (p !== null)
        return p.grouped;
    let n = 0;
    for (const g of assignment(catalog))
        if (g >= 0)
            n++;
    return n;
}
