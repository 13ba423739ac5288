import { groupAssignmentOf, type InfoResult } from "@winerr/core";
import { asciiJson } from "../ascii.js";
import { openCatalog } from "../catalog.js";
import { resolveCatalogPath } from "../catalog-path.js";
import { EXIT, type ExitCode } from "../errors.js";
import type { Io } from "../io.js";

function manifestText(m: InfoResult, path: string): string {
  const kinds = Object.entries(m.byKind)
    .map(([kind, n]) => `${kind} ${n}`)
    .join(", ");
  const sources = m.sources.map((s) => `  ${s.name} ${s.version}`).join("\n");
  return [
    `catalog     ${path}`,
    `entries     ${m.entries} (${m.withMessage} with a message, ${m.withGuidance} in a reviewed group with guidance)`,
    `by kind     ${kinds}`,
    `headers     ${m.headers}`,
    `build date  ${m.buildDate}`,
    `sources`,
    sources,
    "",
  ].join("\n");
}

/**
 * `winerr info`: what the catalog holds and where it came from; `coverage`
 * counts the entries a reviewed group covers when the build's precomputed
 * groups are missing (it lives in winerr-show.js with the group table).
 */
export async function runInfo(opts: { json: boolean }, io: Io, coverage: (io: Io) => number | Promise<number>): Promise<ExitCode> {
  const catalog = openCatalog(io.env);
  // The build's precomputed groups give the count without the group table.
  const withGuidance = groupAssignmentOf(catalog)?.grouped ?? (await coverage(io));
  const manifest: InfoResult = { ...catalog.manifest(), withGuidance };
  await io.stdout.write(opts.json ? asciiJson(manifest) + "\n" : manifestText(manifest, resolveCatalogPath(io.env)));
  return EXIT.ok;
}
