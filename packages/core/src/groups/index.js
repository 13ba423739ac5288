import win32System from "../../data/guidance/win32-system.json" with { type: "json" };
import win32Services from "../../data/guidance/win32-services.json" with { type: "json" };
import win32Headers from "../../data/guidance/win32-headers.json" with { type: "json" };
import hresultWinerror from "../../data/guidance/hresult-winerror.json" with { type: "json" };
import hresultMediaServices from "../../data/guidance/hresult-media-services.json" with { type: "json" };
import hresultHeaders from "../../data/guidance/hresult-headers.json" with { type: "json" };
import ntstatus from "../../data/guidance/ntstatus.json" with { type: "json" };
import bugcheck from "../../data/guidance/bugcheck.json" with { type: "json" };
import families from "../../data/guidance/families.json" with { type: "json" };
import tools from "../../data/guidance/tools.json" with { type: "json" };
/**
 * The reviewed group table: the data files of data/guidance, one per area,
 * read as they are (the check script, the tests and the app builds validate
 * them with guidance-schema.ts; zod stays off the start-up path). Order does
 * not matter, priority does.
 */
export const GUIDANCE_FILES = {
    "win32-system.json": win32System,
    "win32-services.json": win32Services,
    "win32-headers.json": win32Headers,
    "hresult-winerror.json": hresultWinerror,
    "hresult-media-services.json": hresultMediaServices,
    "hresult-headers.json": hresultHeaders,
    "ntstatus.json": ntstatus,
    "bugcheck.json": bugcheck,
    "families.json": families,
};
/** tools.json as it is. */
export const TOOLS_FILE = tools;
/** A rule's value as a number: data files may write it as "0x" hex. */
function valueOf(v) {
    return typeof v === "number" ? v : Number.parseInt(v.slice(2), 16);
}
/** The runtime rule of a data file's rule: a numeric range, no reviewer notes. */
export function ruleOf(d) {
    const rule = { id: d.id, title: d.title, kind: d.kind, headers: d.headers, priority: d.priority, guidance: d.guidance };
    if (d.prefixes !== undefined)
        rule.prefixes = d.prefixes;
    if (d.range !== undefined)
        rule.range = [valueOf(d.range[0]), valueOf(d.range[1])];
    if (d.facility !== undefined)
        rule.facility = d.facility;
    return rule;
}
export const GROUPS = Object.values(GUIDANCE_FILES).flatMap((f) => f.groups.map(ruleOf));
/** Every tool guidance may name. */
export const TOOLS = TOOLS_FILE.tools;
