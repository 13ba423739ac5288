// The root entry stays free of zod (loading it costs more than a cold
// decode); validation lives in "@winerr/core/catalog-file" and "./schema".
export { Catalog, loadCatalog } from "./catalog.js";
export type { Manifest } from "./catalog.js";
export { decode, familyOrder } from "./decode.js";
export type { DecodeOptions } from "./decode.js";
export { parseInput, stripPunctuation, hexFirst, MAX_INPUT_LENGTH } from "./parse-input.js";
export type { ParsedInput, NumberReading, NameMatch } from "./parse-input.js";
export { formatHex, toSigned, hresultBits, ntstatusBits } from "./bits.js";
export type { FacilityNames } from "./bits.js";
export { unwrap } from "./unwrap.js";
export type { Unwrapped, UnwrapRule } from "./unwrap.js";
export type { CatalogFile, Entry, EntryRow, FacilityRow, Kind, Source } from "./schema.js";
export type { DecodeResult, ErrorCode, HresultBits, Match, NtstatusBits, Reading, Via } from "./result.js";
export { prepareSearch, search, searchAll } from "./search.js";
export type { SearchHit, SearchOptions, SearchResults, SearchTier } from "./search.js";
export { scanLine, NEGATIVE_FLOOR } from "./scan.js";
export type { ScanHit, NameLookup } from "./scan.js";
export { parseMessage, renderMessage } from "./message.js";
export type { MessagePart } from "./message.js";
export { wrap } from "./wrap.js";
export type { Wrapped } from "./wrap.js";
export { nearby } from "./nearby.js";
export type { Nearby } from "./nearby.js";
export { packCatalog, openPacked, isPacked, PackedCatalog, PACK_FORMAT } from "./packed.js";
