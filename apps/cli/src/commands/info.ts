import type { Manifest } from "@winerr/core";
import { asciiJson } from "../ascii.js";
import { openCatalog } from "../catalog.js";
import { resolveCatalogPath } from "../catalog-path.js";
import { EXIT, type ExitCode } from "../errors.js";
import type { Io } from "../io.js";

function manifestText(m: Manifest, path: string): string {
  const kinds = Object.entries(m.byKind)
    .map(([kind, n]) => `${kind} ${n}`)
    .join(", ");
  const sources = m.sources.map((s) => `  ${s.name} ${s.version}`).join("\n");
  return [
    `catalog     ${path}`,
    `entries     ${m.entries} (${m.withMessage} with a message)`,
    `by kind     ${kinds}`,
    `headers     ${m.headers}`,
    `build date  ${m.buildDate}`,
    `sources`,
    sources,
    "",
  ].join("\n");
}

/** `winerr info`: what the catalog holds and where it came from. */
export async function runInfo(opts: { json: boolean }, io: Io): Promise<ExitCode> {
  const manifest = openCatalog(io.env).manifest();
  await io.stdout.write(opts.json ? asciiJson(manifest) + "\n" : manifestText(manifest, resolveCatalogPath(io.env)));
  return EXIT.ok;
}
