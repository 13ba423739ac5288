import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isCommentText } from "./comment-text.js";
import { runImport } from "./importer.js";
import { renderReport } from "./report.js";

const dir = (p: string): string => fileURLToPath(new URL(`../test/fixtures/${p}`, import.meta.url));
const result = runImport({ root: dir("sdk"), source: { id: "fixture-sdk", name: "Fixture SDK", version: "1" } }, null);
const message = (name: string) => result.catalog.entries.find((r) => r[0] === name)?.[3];

describe("comments as text (rules.ts COMMENT_RULES; fixtures sherrors.h, FhErrors.h, MDMRegistration.h, sperror.h, audioenginebaseapo.h, EapHostError.h, mmeapi.h)", () => {
  it.each<[string, string | null]>([
    // sherrors.h: the comment on the line, continued on indented comment lines
    ["WINERR_FIXTURE_S_ONE", "The fixture operation was queued"],
    ["WINERR_FIXTURE_S_LONG", "Returned by the fixture source when a collision occurs\nand the fixture resolved it"],
    ["WINERR_FIXTURE_S_AFTER", null], // the continuation lines above are not its text
    ["WINERR_FIXTURE_E_UNKNOWN", null], // `// ???`
    ["WINERR_FIXTURE_E_TAG", null], // `// winnt`: one word
    ["WINERR_FIXTURE_E_FIRST_COPY", "The fixture file needs consent"],
    ["WINERR_FIXTURE_E_NEXT_COPY", null], // the same text beside another value above: a copy
    ["WINERR_FIXTURE_E_ABOVE", null], // sherrors.h's rule reads the line's comment only
    // FhErrors.h: the //-framed comment one blank line above
    ["WINERR_FIXTURE_FH_E_CORRUPT", "The fixture configuration is corrupted"],
    ["WINERR_FIXTURE_FH_E_NO_GAP", null],
    // MDMRegistration.h: the comment right above, conditional lines skipped
    ["WINERR_FIXTURE_MDM_E_AUTH", "The fixture server failed to authenticate the user."],
    ["WINERR_FIXTURE_MDM_E_BESIDE", null],
    ["WINERR_FIXTURE_MDM_E_RETIRED", null], // `// NO LONGER USED`
    ["WINERR_FIXTURE_MDM_E_NOT_ENROLLED", "The fixture device is not enrolled."],
    // sperror.h: the `/*** NAME hex decimal` headline is not text, the lines below it are
    ["WINERR_FIXTURE_SPERR_UNINITIALIZED", "The fixture object has not been properly initialized."],
    ["WINERR_FIXTURE_SP_LONG", "This will be returned only on fixture streams when the stream is paused.  Reads on\npaused fixture streams will not block."],
    ["WINERR_FIXTURE_SP_HEADLINE_ONLY", null], // only a headline
    // audioenginebaseapo.h: the last paragraph; the section heading above it is not the code's text
    ["WINERR_FIXTURE_APOERR_ALREADY_INITIALIZED", "The fixture object has already been initialized."],
    ["WINERR_FIXTURE_APOERR_NOT_INITIALIZED", "Fixture object is not initialized."],
    // EapHostError.h: codes of a plain rule take the comment above; the one on the line is arithmetic
    ["EAP_E_WINERR_FIXTURE_NOT_INSTALLED", "Requested fixture EAP-method is not installed"],
    ["EAP_E_WINERR_FIXTURE_CREDENTIALS_REJECTED", "Fixture authenticator rejected user credentials for authentication"],
    ["EAP_E_WINERR_FIXTURE_PASSWORD_REJECTED", null], // the same text beside another value above: a copy
    // mmeapi.h: the comment on the line; WAVERR_ and MIDIERR_ are parallel, so a shared text is no copy
    ["WAVERR_WINERR_FIXTURE_BADFORMAT", "unsupported fixture format"],
    ["WAVERR_WINERR_FIXTURE_UNPREPARED", "header not prepared"],
    ["MIDIERR_WINERR_FIXTURE_UNPREPARED", "header not prepared"],
    ["WAVERR_WINERR_FIXTURE_UNBUFFERED", null], // `/*  */`
  ])("%s: %j", (name, text) => {
    expect(message(name)).toBe(text);
  });

  it("the same rules give no text in other headers (fixtureother.h's `// not a message`)", () => {
    expect(message("WINERR_FIXTURE_E_TYPED")).toBeNull();
  });

  it("REPORT.md counts what each header's rule gave and lists what it did not take", () => {
    const report = renderReport(result).split("## Comments as text")[1] ?? "";
    expect(report).toContain("| 0 | um/sherrors.h | trailing | 3 | 3 |");
    expect(report).toContain("| 0 | um/FhErrors.h | preceding | 1 | 0 |");
    expect(report).toContain("| 0 | um/MDMRegistration.h | preceding | 2 | 1 |");
    expect(report).toContain('| WINERR_FIXTURE_E_NEXT_COPY | "The fixture file needs consent" | the same text is beside 0x87A00406 above |');
    expect(report).toContain("| 0 | um/sperror.h | preceding | 2 | 1 |");
    expect(report).toContain("| 0 | um/EapHostError.h | preceding | 2 | 1 |");
    expect(report).toContain("| 0 | um/mmeapi.h | trailing | 3 | 0 |");
    expect(report).toContain('| WINERR_FIXTURE_SP_HEADLINE_ONLY | "* WINERR_FIXTURE_SP_HEADLINEONLY                     0x00450003    4521987" | only a headline |');
  });
});

it("mmeapi.h's WAVERR_LASTERROR ends the range (\"last error in range\"): a bound, not a code", () => {
  expect(result.catalog.entries.filter((r) => r[0] === "WAVERR_LASTERROR")).toEqual([]);
  expect(result.scans[0]!.leftOut.filter((x) => x.name === "WAVERR_LASTERROR").map((x) => x.rule)).toEqual(["bound"]);
});

describe("isCommentText", () => {
  it.each<[string, boolean]>([
    ["Invalid handle", true],
    ["not supported", true],
    ["winnt", false],
    ["???", false],
    ["0x1234 5678", false],
  ])("%j: %s", (text, want) => expect(isCommentText(text)).toBe(want));
});
