import { asciiJson } from "@winerr/core/ascii-json";
import { exportJsonSchema, messagesJsonSchema, type ExportDocument, type ExportEntry, type MessagesDocument } from "@winerr/core/export-schema";

/** The file formats, by their --format name. */
export const FORMATS = ["json", "ndjson", "csv", "schema"] as const;
export type Format = (typeof FORMATS)[number];

export const FILE_NAMES: Record<Format, string> = {
  json: "catalog.json",
  ndjson: "catalog.ndjson",
  csv: "catalog.csv",
  schema: "catalog.schema.json",
};

/**
 * The text of one format, as chunks so files and stdout are written while
 * they are produced. JSON output is pure ASCII (non-ASCII as \uXXXX) so any
 * reader's default encoding gets it right; lines end with \n, CSV rows with
 * \r\n (RFC 4180).
 */
export function render(format: Format, doc: ExportDocument): Iterable<string> {
  switch (format) {
    case "json":
      return jsonChunks(doc);
    case "ndjson":
      return ndjsonChunks(doc);
    case "csv":
      return csvChunks(doc);
    case "schema":
      return [schemaText()];
    default:
      return checkExhaustive(format);
  }
}

export function schemaText(): string {
  return asciiJson(exportJsonSchema(), 2) + "\n";
}

/** The overlay's files: catalog.messages.json (laid out like catalog.json) and its schema. */
export const MESSAGES_FILE = "catalog.messages.json";
export const renderMessages = (doc: MessagesDocument): Iterable<string> => jsonChunks(doc);
export function messagesSchemaText(): string {
  return asciiJson(messagesJsonSchema(), 2) + "\n";
}

/**
 * catalog.json: objects pretty-printed, arrays of objects one compact item
 * per line (diff-friendly, a third of the size of full indentation).
 */
function* jsonChunks(doc: { entries: readonly unknown[] }): Generator<string> {
  const { entries, ...head } = doc;
  const text = pretty(head, "");
  // Reopen the head object ("...\n}") to append `entries` as its last member.
  yield text.slice(0, text.length - 2) + ',\n  "entries": [';
  for (let i = 0; i < entries.length; i++) yield (i === 0 ? "\n    " : ",\n    ") + asciiJson(entries[i]);
  yield entries.length === 0 ? "]\n}\n" : "\n  ]\n}\n";
}

function pretty(v: unknown, indent: string): string {
  const inner = indent + "  ";
  if (Array.isArray(v)) {
    if (v.length === 0 || v.every((x) => x === null || typeof x !== "object")) return asciiJson(v);
    return "[\n" + v.map((x) => inner + asciiJson(x)).join(",\n") + "\n" + indent + "]";
  }
  if (v !== null && typeof v === "object") {
    const members = Object.entries(v).map(([k, x]) => inner + asciiJson(k) + ": " + pretty(x, inner));
    return members.length === 0 ? "{}" : "{\n" + members.join(",\n") + "\n" + indent + "}";
  }
  return asciiJson(v);
}

function* ndjsonChunks(doc: ExportDocument): Generator<string> {
  for (const e of doc.entries) yield asciiJson(e) + "\n";
}

/** Separator inside list-valued CSV cells (names and inserts never contain it). */
export const CSV_LIST_SEPARATOR = ";";

/** CSV columns, in order: header name and how a cell is read from an entry. */
export const CSV_COLUMNS: readonly (readonly [string, (e: ExportEntry) => string | number | null])[] = [
  ["name", (e) => e.name],
  ["kind", (e) => e.kind],
  ["value", (e) => e.value],
  ["hex", (e) => e.hex],
  ["signed", (e) => e.signed],
  ["facility", (e) => e.facility?.number ?? null],
  ["facility_names", (e) => (e.facility === null ? null : list(e.facility.names))],
  ["severity", (e) => e.severity],
  ["message", (e) => e.message],
  ["placeholders", (e) => list(e.placeholders.map((p) => p.raw))],
  ["header", (e) => e.header],
  ["source", (e) => e.provenance.source],
  ["source_version", (e) => e.provenance.version],
  ["line", (e) => e.provenance.line],
  ["aliases", (e) => list(e.aliases)],
  ["alias_of", (e) => e.aliasOf],
];

function* csvChunks(doc: ExportDocument): Generator<string> {
  yield CSV_COLUMNS.map(([name]) => name).join(",") + "\r\n";
  for (const e of doc.entries) yield CSV_COLUMNS.map(([, cell]) => csvField(cell(e))).join(",") + "\r\n";
}

/** RFC 4180: quote a field holding a quote, comma, CR or LF; double the quotes. */
export function csvField(v: string | number | null): string {
  if (v === null) return "";
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function list(items: readonly string[]): string {
  for (const item of items) {
    if (item.includes(CSV_LIST_SEPARATOR)) throw new Error(`A CSV list item contains "${CSV_LIST_SEPARATOR}": ${JSON.stringify(item)}`);
  }
  return items.join(CSV_LIST_SEPARATOR);
}

function checkExhaustive(x: never): never {
  throw new Error(`Unhandled format: ${String(x)}`);
}
