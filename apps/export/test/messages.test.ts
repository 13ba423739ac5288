import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { MESSAGES_SCHEMA_FILE, MESSAGES_SCHEMA_VERSION, messagesJsonSchema, type MessagesDocument } from "@winerr/core/export-schema";
import { takesModuleText } from "@winerr/host/message-override";
import { LANG_EN_US, readMessageTables } from "@winerr/msgtable";
import { writeMessageDll } from "@winerr/msgtable/write";
import { optionalTool } from "@winerr/host/testing";
import { afterAll, describe, expect, it } from "vitest";
import { realFile, removeTempDirs, run, tempDir } from "./helpers.js";

afterAll(removeTempDirs);

// Ids and expectations come from the catalog: the first few values the --module rule lets a file speak for.
const fitting = [...new Set(realFile.entries.filter(([, kind, value]) => takesModuleText(kind, value)).map((r) => r[2]))].slice(0, 4);
const namesOf = (value: number) => [...new Set(realFile.entries.filter(([, kind, v]) => v === value && takesModuleText(kind, v)).map((r) => r[0]))];
const bugcheckOnly = realFile.entries.find(([, kind, value]) => kind === "bugcheck" && !realFile.entries.some(([, k, v]) => v === value && k !== "bugcheck"));
const LANG_DE = 0x0407;
const textFor = (lang: number, id: number) => `text ${lang}/${id} \u00e4\r\n`;

/** DIR/en-US/sample.dll.mui and DIR/de-DE/sample.dll.mui, one language each, plus a file that is not a message file. */
function twoLanguages(): string {
  const dir = tempDir("winerr-messages-from-");
  for (const [folder, lang] of [["en-US", LANG_EN_US], ["de-DE", LANG_DE]] as const) {
    mkdirSync(join(dir, folder));
    const entries = fitting.map((id) => ({ id, text: textFor(lang, id) }));
    if (bugcheckOnly) entries.push({ id: bugcheckOnly[2], text: "bug check id\r\n" });
    writeFileSync(join(dir, folder, "sample.dll.mui"), writeMessageDll([{ lang, entries }]));
  }
  writeFileSync(join(dir, "readme.txt"), "not a message file");
  return dir;
}

const overlay = (out: string): MessagesDocument => JSON.parse(readFileSync(join(out, "catalog.messages.json"), "utf8")) as MessagesDocument;

describe("winerr-export --messages-from", () => {
  const src = twoLanguages();
  const out = tempDir();
  const first = run(["--out", out, "--messages-from", src]);

  it("writes catalog.messages.json and its schema, and nothing else", () => {
    expect([first.status, first.stderr, first.stdout]).toEqual([0, "", ""]);
    expect(readdirSync(out).sort()).toEqual(["catalog.messages.json", MESSAGES_SCHEMA_FILE]);
  });

  it("a folder with two languages yields both, sorted by (language, value, name), mapped by the --module rule", () => {
    const doc = overlay(out);
    expect(doc.$schema).toBe(MESSAGES_SCHEMA_FILE);
    expect(doc.schemaVersion).toBe(MESSAGES_SCHEMA_VERSION);
    expect(doc.buildDate).toBe(realFile.buildDate);
    expect(doc.sources).toEqual([
      { file: "de-DE/sample.dll.mui", languages: [LANG_DE] },
      { file: "en-US/sample.dll.mui", languages: [LANG_EN_US] },
    ]);
    const expected = [LANG_EN_US, LANG_DE]
      .sort((a, b) => a - b)
      .flatMap((language) => [...fitting].sort((a, b) => a - b).flatMap((value) => namesOf(value).sort().map((name) => ({ name, value, language, message: textFor(language, value).replace(/\r\n$/, "") }))));
    expect(doc.entries).toEqual(expected);
    if (bugcheckOnly) expect(doc.entries.some((e) => e.value === bugcheckOnly[2])).toBe(false);
  });

  it("validates with ajv against the generated catalog.messages.schema.json, which matches the zod schema", () => {
    const schema = JSON.parse(readFileSync(join(out, MESSAGES_SCHEMA_FILE), "utf8"));
    expect(schema).toEqual(messagesJsonSchema());
    const ajv = new Ajv2020({ strict: true });
    const validate = ajv.compile(schema);
    expect(validate(overlay(out)), ajv.errorsText(validate.errors)).toBe(true);
    const bad = { ...overlay(out), entries: [{ ...overlay(out).entries[0], extra: 1 }] };
    expect(validate(bad)).toBe(false);
  });

  it("is pure ASCII, and two runs are byte-identical", () => {
    const bytes = readFileSync(join(out, "catalog.messages.json"));
    expect(bytes.every((b) => b < 0x80)).toBe(true);
    const again = tempDir();
    expect(run(["--out", again, "--messages-from", src]).status).toBe(0);
    for (const f of ["catalog.messages.json", MESSAGES_SCHEMA_FILE]) expect(readFileSync(join(again, f)).equals(readFileSync(join(out, f)))).toBe(true);
  });

  it("a bad folder, a bad file or a bad combination is the documented usage error (exit 2, one line)", () => {
    const dest = tempDir();
    const empty = tempDir();
    const broken = tempDir();
    writeFileSync(join(broken, "broken.dll.mui"), new Uint8Array(100));
    const cases: [string[], RegExp][] = [
      [["--out", dest, "--messages-from", join(empty, "missing")], /does not exist/],
      [["--out", dest, "--messages-from", join(src, "readme.txt")], /is not a folder/],
      [["--out", dest, "--messages-from", empty], /holds no \*\.mui/],
      [["--out", dest, "--messages-from", broken], /broken\.dll\.mui.*not a PE file/],
      [["--stdout", "--messages-from", src], /give --out DIR/],
      [["--out", dest, "--messages-from", src, "--format", "csv"], /do not apply/],
    ];
    for (const [args, why] of cases) {
      const r = run(args);
      expect([r.status, r.stdout], args.join(" ")).toEqual([2, ""]);
      expect(r.stderr).toMatch(/^winerr-export: [^\n]+\n$/);
      expect(r.stderr).toMatch(why);
    }
    expect(readdirSync(dest)).toEqual([]);
  });
});

// Debian's libwine: a real multi-language message-table DLL.
const wine = optionalTool("wine");

wine.describe("--messages-from with Wine's kernelbase.dll as en-US/kernelbase.dll.mui", () => {
  it("lists the file's languages and an entry for each fitting (language, id)", () => {
    const src = tempDir();
    mkdirSync(join(src, "en-US"));
    copyFileSync(join(wine.need(), "kernelbase.dll"), join(src, "en-US", "kernelbase.dll.mui"));
    const out = tempDir();
    expect(run(["--out", out, "--messages-from", src]).status).toBe(0);
    const doc = overlay(out);
    const tables = readMessageTables(readFileSync(join(src, "en-US", "kernelbase.dll.mui")));
    expect(doc.sources).toEqual([{ file: "en-US/kernelbase.dll.mui", languages: [...new Set(tables.map((t) => t.lang))].sort((a, b) => a - b) }]);
    const en = tables.filter((t) => t.lang === LANG_EN_US).flatMap((t) => t.entries);
    const expectedEn = new Set(en.flatMap((e) => namesOf(e.id).map((n) => `${e.id}:${n}`)));
    expect(new Set(doc.entries.filter((e) => e.language === LANG_EN_US).map((e) => `${e.value}:${e.name}`))).toEqual(expectedEn);
  });
});
