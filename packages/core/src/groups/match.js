// A rule's prefixes as one anchored pattern (some rules list dozens).
const patterns = new WeakMap();
function prefixPattern(rule, prefixes) {
    let re = patterns.get(rule);
    if (re === undefined) {
        re = new RegExp("^(?:" + prefixes.map((p) => p.replace(/[^A-Za-z0-9_]/g, "\\$&")).join("|") + ")");
        patterns.set(rule, re);
    }
    return re;
}
/** Whether one rule selects the entry (priority aside). */
export function ruleMatches(rule, e) {
    if (rule.kind !== e.kind || !rule.headers.includes(e.header))
        return false;
    const v = e.value >>> 0;
    if (rule.range !== undefined && (v < rule.range[0] || v > rule.range[1]))
        return false;
    if (rule.facility !== undefined && facilityOf(e.kind, v) !== rule.facility)
        return false;
    if (rule.prefixes !== undefined && !prefixPattern(rule, rule.prefixes).test(e.name))
        return false;
    return true;
}
/**
 * The facility as bits.ts reads it: an HRESULT's 13-bit HRESULT_FACILITY,
 * or 12 bits when its N bit is set; an NTSTATUS's 12 bits.
 */
export function facilityOf(kind, value) {
    if (kind === "hresult")
        return (value & 0x10000000) !== 0 ? (value >>> 16) & 0xfff : (value >>> 16) & 0x1fff;
    if (kind === "ntstatus")
        return (value >>> 16) & 0x0fff;
    return undefined;
}
/**
 * Every rule that selects the entry, highest priority first. Callers take
 * the first; `table.test.ts` checks no two at the top share a priority.
 */
export function matchingRules(rules, e) {
    return rules.filter((r) => ruleMatches(r, e)).sort((a, b) => b.priority - a.priority);
}
