import { readFileSync } from "node:fs";
import { optionalTool } from "@winerr/host/testing";
import { expect, it } from "vitest";
import { findString, readStringTables } from "../src/index.js";

const mscorrc = optionalTool("mscorrc");

mscorrc.describe("mscorrc.dll of the .NET runtime pack", () => {
  it("holds an en-US string table with the HRESULT descriptions at 0x6000 + code", () => {
    const tables = readStringTables(new Uint8Array(readFileSync(mscorrc.need())));
    expect(tables.map((t) => t.lang)).toContain(0x409);
    // dotnet/runtime src/coreclr/dlls/mscorrc/resource.h: MSG_FOR_URT_HR(hr) is 0x6000 + HRESULT_CODE(hr);
    // src/coreclr/inc/corerror.xml: CLDB_E_FILE_BADREAD 0x80131100 "Error occurred during a read.",
    // CLDB_E_FILE_BADWRITE 0x80131101 "Error occurred during a write.".
    expect(findString(tables, 0x7100, 0x409)?.text).toBe("Error occurred during a read.");
    expect(findString(tables, 0x7101, 0x409)?.text).toBe("Error occurred during a write.");
  });
});
