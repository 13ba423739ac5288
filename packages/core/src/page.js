import { formatHex, hresultBits, ntstatusBits, toSigned } from "./bits.js";
import { groupOf } from "./group-of.js";
import { TOOLS } from "./groups/index.js";
import { relatedOf } from "./related.js";
import { FAMILY_INFO, KIND_LIST } from "./families.js";
/** Who wrote a page's prose: every output prints it next to the guidance. */
export const GUIDANCE_LABEL = "Guidance written by the WinErr authors, not by Microsoft; check it against the references.";
/** Who wrote the questions' answers. */
export const QUESTIONS_LABEL = "Answers computed by WinErr from the catalog.";
const KIND_TITLE = Object.fromEntries(KIND_LIST.map((k) => [k, FAMILY_INFO[k].title]));
const A_KIND = Object.fromEntries(KIND_LIST.map((k) => [k, FAMILY_INFO[k].aTitle]));
function toolsOf(ids) {
    return ids.map((id) => TOOLS.find((t) => t.id === id)).filter((t) => t !== undefined);
}
function severity(kind, value) {
    if (kind === "hresult")
        return hresultBits(value).severity === "failure" ? "Yes: its severity bit (31) is set, so it reports a failure." : "No: its severity bit (31) is clear, so it reports success (possibly with information).";
    if (kind === "ntstatus") {
        const s = ntstatusBits(value).severity;
        return `Its severity bits (31-30) say ${s}${s === "error" ? "." : s === "warning" ? ": the operation may have done part of its work." : ": not a failure."}`;
    }
    if (kind === "win32")
        return value === 0 ? "No: zero is success." : "Win32 codes carry no severity bits; the API that returned it says whether it is a failure (most non-zero codes are).";
    if (kind === "bugcheck")
        return "A bug check code is the reason Windows gave when it stopped the system (a stop error).";
    if (kind === "event")
        return "An event-log message id names an event a component writes to the Event Log; it is not a code an API returns. The event's level (error, warning, information) is shown with the event.";
    return `${FAMILY_INFO[kind].title[0]?.toUpperCase()}${FAMILY_INFO[kind].title.slice(1)}s are numbered on their own and carry no severity bits; the API that returned it says whether it is a failure.`;
}
/**
 * The reference page of catalog row `index`: everything computed from the
 * data plus the group's guidance. `related` is relatedOf's answer for the
 * row when the caller has it already.
 */
export function pageOf(catalog, index, related = relatedOf(catalog, index)) {
    const e = catalog.entry(index);
    const hex = formatHex(e.value);
    const g = groupOf(catalog, index);
    const guidance = g === null
        ? null
        : { group: g.id, title: g.title, component: g.guidance.component, meaning: g.guidance.meaning, when: g.guidance.when, check: g.guidance.check, tools: toolsOf(g.guidance.tools), refs: [...g.guidance.refs], label: GUIDANCE_LABEL };
    const ref = (i, relation, via) => {
        const out = { name: catalog.nameOf(i), kind: catalog.kindOf(i), value: catalog.valueOf(i), hex: formatHex(catalog.valueOf(i)), relation };
        if (via !== undefined)
            out.via = via;
        return out;
    };
    const items = related.items.map((r) => ref(r.index, r.relation, r.via));
    const conversions = related.conversions.map((c) => ({
        via: c.via,
        direction: c.direction,
        kind: c.kind,
        value: c.value,
        hex: formatHex(c.value),
        names: c.entries.map((i) => catalog.nameOf(i)),
    }));
    const questions = [];
    questions.push({
        question: `What does ${e.name} mean?`,
        answer: e.message === null ? `${e.header} gives no message text for it.` : `Its official message: "${e.message.replace(/\s+/g, " ").trim()}"`,
    });
    questions.push({ question: `What number is ${e.name}?`, answer: `${hex} in hex, ${e.value >>> 0} unsigned, ${toSigned(e.value)} as a signed 32-bit integer; ${A_KIND[e.kind]}.` });
    questions.push({ question: `Is ${e.name} an error?`, answer: severity(e.kind, e.value) });
    for (const c of conversions) {
        const named = c.names.length > 0 ? `, named ${c.names.join(", ")}` : "; no header names that value";
        questions.push(c.direction === "to"
            ? { question: `What is ${e.name} as ${A_KIND[c.kind]}?`, answer: `${c.via}(${e.value >>> 0}) = ${c.hex}${named}.` }
            : { question: `Which ${KIND_TITLE[c.kind]} is inside ${e.name}?`, answer: `${hex} is ${c.via}(${c.hex})${named}.` });
    }
    const aliases = items.filter((r) => r.relation === "alias");
    const otherFamilies = items.filter((r) => r.relation === "same-value");
    if (aliases.length > 0 || otherFamilies.length > 0) {
        const parts = [];
        if (aliases.length > 0)
            parts.push(`the same ${KIND_TITLE[e.kind]} is also named ${aliases.map((a) => a.name).join(", ")}`);
        if (otherFamilies.length > 0)
            parts.push(`the same number in other families: ${otherFamilies.map((o) => `${o.name} (${o.kind})`).join(", ")}`);
        const answer = parts.join("; ") + ".";
        questions.push({ question: `What else can ${hex} mean?`, answer: answer.charAt(0).toUpperCase() + answer.slice(1) });
    }
    questions.push({ question: `Where is ${e.name} defined?`, answer: `${e.header}, line ${e.line}, in ${e.source.name} ${e.source.version}.` });
    return {
        entry: e,
        hex,
        signed: toSigned(e.value),
        guidance,
        conversions,
        related: items,
        sameMessageTotal: related.sameMessageTotal,
        questions,
        questionsLabel: QUESTIONS_LABEL,
        provenance: { header: e.header, line: e.line, source: e.source.name, version: e.source.version, catalogDate: catalog.buildDate },
    };
}
