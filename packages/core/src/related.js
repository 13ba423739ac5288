import { conversionsOf } from "./conversions.js";
import { groupMembers, groupOf } from "./group-of.js";
import { nearby } from "./nearby.js";
/**
 * The entries related to catalog row `index`, in this order: aliases,
 * same value in other families, conversions, neighbours (by value), same
 * message. No entry appears twice;
 * the first relation found is the one kept.
 */
export function relatedOf(catalog, index, options = {}) {
    const count = options.neighbours ?? 4;
    const maxSame = options.sameMessage ?? 10;
    const seen = new Set([index]);
    const items = [];
    const add = (i, relation, via) => {
        if (seen.has(i))
            return;
        seen.add(i);
        items.push(via === undefined ? { index: i, relation } : { index: i, relation, via });
    };
    const kind = catalog.kindOf(index);
    const sameValue = catalog.indexesOfValue(catalog.valueOf(index));
    for (const i of sameValue)
        if (catalog.kindOf(i) === kind)
            add(i, "alias");
    for (const i of sameValue)
        add(i, "same-value");
    const conversions = conversionsOf(catalog, index);
    for (const c of conversions)
        for (const i of c.entries)
            add(i, c.direction === "to" ? "converts-to" : "converts-from", c.via);
    const group = groupOf(catalog, index);
    if (group !== null) {
        const list = groupMembers(catalog, group.id);
        const pos = list.indexOf(index);
        for (const i of list.slice(Math.max(0, pos - count), pos + count + 1))
            add(i, "group-neighbour");
    }
    else {
        const n = nearby(catalog, index, count);
        for (const i of n.rows)
            add(i, "header-neighbour");
    }
    let sameMessageTotal = 0;
    const message = catalog.messageOf(index);
    if (message !== null) {
        const same = catalog.indexesWithMessage(message).filter((i) => i !== index);
        sameMessageTotal = same.length;
        let listed = 0;
        for (const i of same) {
            if (listed >= maxSame)
                break;
            if (!seen.has(i))
                listed++;
            add(i, "same-message");
        }
    }
    return { items, sameMessageTotal, conversions };
}
