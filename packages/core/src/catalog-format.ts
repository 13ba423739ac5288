/**
 * The catalog file's format number. 2: rows gained `aliasOf` (8th element).
 * Its own module, without zod, so that the packed catalog (the CLI's cold
 * start) can use it without loading the schemas.
 */
export const CATALOG_FORMAT = 2;
