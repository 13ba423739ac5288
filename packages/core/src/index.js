// The root entry stays free of zod (loading it costs more than a cold
// decode); validation lives in "@winerr/core/catalog-file" and "./schema".
export { Catalog, loadCatalog } from "./catalog.js";
export { decode, familyOrder, matchIndex } from "./decode.js";
export { parseInput, stripPunctuation, hexFirst, MAX_INPUT_LENGTH } from "./parse-input.js";
export { formatHex, toSigned, hresultBits, ntstatusBits } from "./bits.js";
export { unwrap } from "./unwrap.js";
export { FAMILY_INFO, KIND_LIST, NATURAL_KINDS } from "./families.js";
export { prepareSearch, search, searchAll } from "./search.js";
export { SearchIndex, SEARCH_INDEX_FORMAT, parseSearchIndex, serializeSearchIndex, useSearchIndex, searchIndexOf, wordsOf } from "./search-index.js";
export { evidenceOf, isPrimaryHeader, PRIMARY_HEADERS } from "./evidence.js";
export { FAMILIES, familyNamed } from "./families.js";
export { scanLine, NEGATIVE_FLOOR } from "./scan.js";
export { parseMessage, renderMessage } from "./message.js";
export { wrap } from "./wrap.js";
export { nearby } from "./nearby.js";
export { asciiEscape, asciiJson } from "./ascii-json.js";
export { packCatalog, unpackCatalog, openPacked, isPacked, PackedCatalog, PACK_FORMAT } from "./packed.js";
export { conversionsOf } from "./conversions.js";
export { groupOf, groupById, groupMembers, withGuidanceCount } from "./group-of.js";
export { packGroupAssignment, parseGroupAssignment, useGroupAssignment, groupAssignmentOf, ASSIGNMENT_FORMAT } from "./group-assignment.js";
export { GROUPS, TOOLS } from "./groups/index.js";
export { relatedOf } from "./related.js";
export { pageOf, GUIDANCE_LABEL, QUESTIONS_LABEL } from "./page.js";
