/**
 * The catalog file's format number, in a module of its own so that code
 * that reads catalogs (packed.ts) does not import schema.ts and with it zod:
 * the TUI and CLI bundles then leave zod out unless they validate.
 * 2: rows gained `aliasOf` (8th element).
 */
export const CATALOG_FORMAT = 2;
