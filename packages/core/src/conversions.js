import { unwrap } from "./unwrap.js";
import { wrap } from "./wrap.js";
function landing(catalog, kind, value) {
    return catalog.indexesOfValue(value).filter((i) => catalog.kindOf(i) === kind);
}
/** The conversions of catalog row `index`, forwards first. */
export function conversionsOf(catalog, index) {
    const kind = catalog.kindOf(index);
    const value = catalog.valueOf(index);
    const out = [];
    for (const w of wrap(kind, value))
        out.push({ via: w.via, direction: "to", kind: w.kind, value: w.value, entries: landing(catalog, w.kind, w.value) });
    // Only the rules whose wrapped form is this entry's family (a status with
    // the reserved N bit is not an HRESULT_FROM_NT).
    for (const u of unwrap(value)) {
        if (!wrap(u.kind, u.value).some((w) => w.via === u.via && w.kind === kind && w.value === value))
            continue;
        out.push({ via: u.via, direction: "from", kind: u.kind, value: u.value, entries: landing(catalog, u.kind, u.value) });
    }
    return out;
}
