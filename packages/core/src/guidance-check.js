import { formatHex } from "./bits.js";
import { matchingRules } from "./groups/match.js";
import { KINDS } from "./schema.js";
/**
 * The guidance check (scripts/check-guidance.mjs, run by `pnpm test` in CI,
 * and table.test.ts): what the reviewed group table selects in a catalog,
 * and what is wrong with it. Errors fail CI; notes are reported only.
 *
 * Policy. Errors: a tie at the top priority, a rule that matches no entry
 * or wins none, a rule naming a header the catalog lacks for its family, a
 * facility wider than its family's, an unknown or unused tool, a duplicate
 * id, a malformed URL, empty prose, prose naming a catalog name or a 0x
 * code, an ungrouped Win32 code below 16000 in a header that rules name,
 * and a family whose coverage of its reviewed headers falls below
 * COVERAGE_FLOOR. Entries of headers that no rule names (a new header, a
 * new family) are notes: the catalog can grow before rules are written
 * for it.
 */
/** The lowest share of a family's entries in reviewed headers that a group must cover (the committed floor). */
export const COVERAGE_FLOOR = { win32: 0.99, hresult: 0.98, ntstatus: 0.99, bugcheck: 0.99 };
const keyOf = (catalog, i) => ({ name: catalog.nameOf(i), kind: catalog.kindOf(i), value: catalog.valueOf(i), header: catalog.headerOf(i) });
/** The prose fields of a rule, each checked as text a reader sees. */
export function proseOf(rule) {
    const g = rule.guidance;
    return [
        ["title", rule.title],
        ["component", g.component],
        ["meaning", g.meaning],
        ["when", g.when],
        ["check", g.check],
    ];
}
/** Why `text` is not a well-formed public https URL, or null. */
export function urlProblem(text) {
    if (/\s/.test(text))
        return "contains white space";
    let u;
    try {
        u = new URL(text);
    }
    catch {
        return "does not parse as a URL";
    }
    if (u.protocol !== "https:")
        return "is not https";
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(u.hostname))
        return "has no domain name";
    if (u.username !== "" || u.password !== "")
        return "carries credentials";
    return null;
}
/** Checks the rules and tools against a catalog (pure: the caller reads files and prints). */
export function checkGuidance(catalog, input) {
    const { rules, tools } = input;
    const floor = input.floor ?? COVERAGE_FLOOR;
    const errors = [];
    const notes = [];
    const index = new Map(rules.map((r, i) => [r, i]));
    // Ids, tools, URLs, prose.
    const seen = new Set();
    for (const r of rules) {
        if (seen.has(r.id))
            errors.push(`duplicate group id ${r.id}`);
        seen.add(r.id);
    }
    const toolIds = new Set();
    for (const t of tools) {
        if (toolIds.has(t.id))
            errors.push(`duplicate tool id ${t.id}`);
        toolIds.add(t.id);
        const p = urlProblem(t.doc);
        if (p !== null)
            errors.push(`tool ${t.id}: doc ${JSON.stringify(t.doc)} ${p}`);
    }
    const used = new Set();
    const names = new Set();
    for (let i = 0; i < catalog.size; i++) {
        const n = catalog.nameOf(i);
        if (n.includes("_") && n.length >= 6)
            names.add(n);
    }
    const headersOf = new Map();
    for (let i = 0; i < catalog.size; i++) {
        const k = catalog.kindOf(i);
        let s = headersOf.get(k);
        if (s === undefined)
            headersOf.set(k, (s = new Set()));
        s.add(catalog.headerOf(i));
    }
    for (const r of rules) {
        for (const t of r.guidance.tools) {
            used.add(t);
            if (!toolIds.has(t))
                errors.push(`${r.id}: tool ${t} is not in tools.json`);
        }
        if (r.guidance.refs.length === 0)
            errors.push(`${r.id}: no refs`);
        for (const ref of r.guidance.refs) {
            const p = urlProblem(ref);
            if (p !== null)
                errors.push(`${r.id}: ref ${JSON.stringify(ref)} ${p}`);
        }
        for (const [field, text] of proseOf(r)) {
            if (text.trim() === "")
                errors.push(`${r.id}: empty ${field}`);
            for (const word of text.match(/[A-Za-z][A-Za-z0-9_]+/g) ?? [])
                if (names.has(word))
                    errors.push(`${r.id}: ${field} names the catalog entry ${word}`);
            for (const hex of text.match(/0x[0-9A-Fa-f]{5,8}\b/g) ?? [])
                errors.push(`${r.id}: ${field} names the code ${hex}`);
        }
        for (const h of r.headers)
            if (!headersOf.get(r.kind)?.has(h))
                errors.push(`${r.id}: the catalog has no ${r.kind} entry from ${h}`);
        if (r.range !== undefined && !(r.range[0] <= r.range[1]))
            errors.push(`${r.id}: range ${formatHex(r.range[0])}..${formatHex(r.range[1])} is empty`);
        if (r.facility !== undefined) {
            const max = r.kind === "hresult" ? 0x1fff : r.kind === "ntstatus" ? 0xfff : -1;
            if (r.facility > max)
                errors.push(`${r.id}: facility ${r.facility} does not fit a ${r.kind} (${max < 0 ? "it has none" : `at most ${max}`})`);
        }
    }
    for (const t of tools)
        if (!used.has(t.id))
            errors.push(`tool ${t.id} is named by no group`);
    // Assignment, ties, dead rules, coverage.
    const assignment = new Int32Array(catalog.size).fill(-1);
    const matched = rules.map(() => 0);
    const won = rules.map(() => 0);
    const shadowedBy = new Map();
    const ties = [];
    for (let i = 0; i < catalog.size; i++) {
        const key = keyOf(catalog, i);
        const m = matchingRules(rules, key);
        for (const r of m) {
            const j = index.get(r);
            matched[j] = matched[j] + 1;
        }
        const top = m[0];
        if (top === undefined)
            continue;
        const at = index.get(top);
        assignment[i] = at;
        won[at] = won[at] + 1;
        for (const r of m.slice(1)) {
            const j = index.get(r);
            let s = shadowedBy.get(j);
            if (s === undefined)
                shadowedBy.set(j, (s = new Set()));
            s.add(top.id);
        }
        const next = m[1];
        if (next !== undefined && next.priority === top.priority) {
            ties.push(`tie: ${key.name} (${key.kind}, ${key.header}) is selected by ${m.filter((r) => r.priority === top.priority).map((r) => r.id).join(" and ")} at priority ${top.priority}`);
        }
    }
    errors.push(...ties);
    rules.forEach((r, j) => {
        if (matched[j] === 0)
            errors.push(`${r.id}: matches no entry`);
        else if (won[j] === 0)
            errors.push(`${r.id}: wins no entry (its ${matched[j]} are taken by ${[...(shadowedBy.get(j) ?? [])].join(", ")})`);
    });
    const coverage = [];
    const kinds = [...new Set([...KINDS, ...headersOf.keys()])];
    for (const kind of kinds) {
        const reviewedHeaders = new Set(rules.filter((r) => r.kind === kind).flatMap((r) => r.headers));
        const c = { kind, entries: 0, grouped: 0, reviewed: 0, reviewedGrouped: 0, unreviewedHeaders: [] };
        const unreviewed = new Map();
        const lowWin32 = [];
        for (let i = 0; i < catalog.size; i++) {
            if (catalog.kindOf(i) !== kind)
                continue;
            const grouped = assignment[i] !== -1;
            const header = catalog.headerOf(i);
            c.entries++;
            if (grouped)
                c.grouped++;
            if (reviewedHeaders.has(header)) {
                c.reviewed++;
                if (grouped)
                    c.reviewedGrouped++;
                else if (kind === "win32" && catalog.valueOf(i) >>> 0 < 16000)
                    lowWin32.push(`${catalog.nameOf(i)} (${header})`);
            }
            else if (!grouped)
                unreviewed.set(header, (unreviewed.get(header) ?? 0) + 1);
        }
        c.unreviewedHeaders = [...unreviewed].map(([header, entries]) => ({ header, entries })).sort((a, b) => b.entries - a.entries || (a.header < b.header ? -1 : 1));
        coverage.push(c);
        if (c.entries === 0)
            continue;
        if (lowWin32.length > 0)
            errors.push(`Win32 codes below 16000 without a group: ${lowWin32.join(", ")}`);
        const min = floor[kind];
        const share = c.reviewed === 0 ? 1 : c.reviewedGrouped / c.reviewed;
        if (min !== undefined && share < min)
            errors.push(`${kind}: groups cover ${(100 * share).toFixed(2)}% of the entries of reviewed headers, below the floor of ${(100 * min).toFixed(0)}%`);
        if (reviewedHeaders.size === 0)
            notes.push(`${kind}: no rules yet; its ${c.entries} entries have no group`);
        else if (c.unreviewedHeaders.length > 0)
            notes.push(`${kind}: ${c.unreviewedHeaders.reduce((n, h) => n + h.entries, 0)} entries of ${c.unreviewedHeaders.length} headers no rule names have no group`);
    }
    return { rules: rules.length, tools: tools.length, coverage, errors, notes, assignment };
}
/**
 * The committed listing data/guidance/assignment.tsv: one line per entry
 * (family, hex, name, header, group or "-"), sorted by family, value, name
 * and header, so a rule change shows in review which entries moved.
 */
export function assignmentTsv(catalog, rules, assignment) {
    const order = new Map(KINDS.map((k, i) => [k, i]));
    const rows = [];
    for (let i = 0; i < catalog.size; i++) {
        const kind = catalog.kindOf(i);
        const g = assignment[i];
        rows.push([order.get(kind) ?? KINDS.length, catalog.valueOf(i) >>> 0, catalog.nameOf(i), catalog.headerOf(i), `${kind}\t${formatHex(catalog.valueOf(i))}\t${catalog.nameOf(i)}\t${catalog.headerOf(i)}\t${g < 0 ? "-" : rules[g].id}`]);
    }
    const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
    rows.sort((a, b) => a[0] - b[0] || a[1] - b[1] || cmp(a[2], b[2]) || cmp(a[3], b[3]) || cmp(a[4], b[4]));
    return "kind\thex\tname\theader\tgroup\n" + rows.map((r) => r[4] + "\n").join("");
}
/** The report as text lines (what the check script prints). */
export function reportText(report) {
    const pct = (n, d) => (d === 0 ? "-" : `${((100 * n) / d).toFixed(1)}%`);
    const lines = [`${report.rules} rules, ${report.tools} tools`, "family      entries  grouped         reviewed headers: grouped"];
    for (const c of report.coverage) {
        lines.push(`${c.kind.padEnd(10)} ${String(c.entries).padStart(8)} ${String(c.grouped).padStart(8)} ${pct(c.grouped, c.entries).padStart(7)}   ${c.reviewedGrouped}/${c.reviewed} ${pct(c.reviewedGrouped, c.reviewed)}`);
        if (c.unreviewedHeaders.length > 0)
            lines.push(`  ungrouped in headers without rules: ${c.unreviewedHeaders.map((h) => `${h.header} ${h.entries}`).join(", ")}`);
    }
    for (const n of report.notes)
        lines.push(`note: ${n}`);
    for (const e of report.errors)
        lines.push(`error: ${e}`);
    lines.push(report.errors.length === 0 ? "guidance check: no errors" : `guidance check: ${report.errors.length} error(s)`);
    return lines.join("\n") + "\n";
}
