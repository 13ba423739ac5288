import { homedir } from "node:os";
import { join } from "node:path";
import type { Source } from "@winerr/core/schema";
import { defaultDotnetRuntime } from "./dotnet.js";

const nugetRoot = process.env["NUGET_PACKAGES"] ?? join(homedir(), ".nuget", "packages");

/** The pinned sources (scripts/fetch-sources.sh gets them). */
export const SDK = {
  source: { id: "windows-sdk", name: "Microsoft.Windows.SDK.CPP", version: "10.0.28000.2957" } satisfies Source,
  defaultRoot: join(nugetRoot, "microsoft.windows.sdk.cpp", "10.0.28000.2957", "c", "Include", "10.0.28000.0"),
};

export const MINGW = {
  source: { id: "mingw-w64", name: "mingw-w64-common", version: "10.0.0-3" } satisfies Source,
  defaultRoot: "/usr/share/mingw-w64/include",
};

/** Wine's Windows headers (windows/) and C runtime headers (msvcrt/), Debian's libwine-dev. */
export const WINE = {
  source: { id: "wine", name: "libwine-dev", version: "8.0~repack-4" } satisfies Source,
  defaultRoot: "/usr/include/wine/wine",
};

/** The .NET runtime pack the SDK restored (no pinned version: the SDK picks it; the source row names it). */
export const DOTNET = {
  defaultRoot: (): string | null => defaultDotnetRuntime(nugetRoot),
  nugetRoot,
};
