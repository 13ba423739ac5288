// Makes the nupkg that Publish-PSResource writes reproducible. NuGet stamps
// every zip entry with the packing time, stores the entries in no stable
// order, and names its core-properties part (and the relationship ids in
// _rels/.rels) with random GUIDs; [Content_Types].xml lists the file
// extensions in the order it met them. The content stays as NuGet wrote it;
// only those are replaced: entries sorted by name, each dated
// SOURCE_DATE_EPOCH, the part named and the ids made from a hash of what they
// hold, the extensions sorted.
import { createHash } from "node:crypto";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

const PROPS = /^package\/services\/metadata\/core-properties\/[0-9a-f]+\.psmdcp$/;

const hash = (data) => createHash("sha256").update(data).digest("hex");

/** The nupkg bytes, reproducible; throws if the package is not laid out as NuGet writes it. */
export function normalizeNupkg(bytes, epochSeconds) {
  const files = unzipSync(new Uint8Array(bytes));
  const props = Object.keys(files).filter((n) => PROPS.test(n));
  if (props.length !== 1 || files["_rels/.rels"] === undefined) throw new Error("not a NuGet package: expected one core-properties part and _rels/.rels");
  const oldName = props[0];
  const data = files[oldName];
  const newName = `package/services/metadata/core-properties/${hash(data).slice(0, 32)}.psmdcp`;
  delete files[oldName];
  files[newName] = data;
  let rels = strFromU8(files["_rels/.rels"]).replace(`Target="/${oldName}"`, `Target="/${newName}"`);
  if (!rels.includes(`Target="/${newName}"`)) throw new Error("_rels/.rels does not name the core-properties part");
  rels = rels.replace(/<Relationship Type="([^"]*)" Target="([^"]*)" Id="R[0-9A-F]+" \/>/g, (_, type, target) => `<Relationship Type="${type}" Target="${target}" Id="R${hash(type + target).slice(0, 16).toUpperCase()}" />`);
  files["_rels/.rels"] = strToU8(rels);
  // The <Default> lines, then the <Override> lines, each sorted.
  let types = strFromU8(files["[Content_Types].xml"] ?? new Uint8Array());
  for (const tag of ["Default", "Override"]) {
    const lines = types.match(new RegExp(`^ *<${tag} [^>]*/>\\r?\\n`, "gm")) ?? [];
    if (lines.length === 0) continue;
    const at = types.indexOf(lines[0]);
    const rest = lines.reduce((text, line) => text.replace(line, ""), types.slice(at));
    types = types.slice(0, at) + [...lines].sort().join("") + rest;
  }
  if (!types.includes("<Default ")) throw new Error("[Content_Types].xml lists no extensions");
  files["[Content_Types].xml"] = strToU8(types);
  // Zip times are local wall-clock fields (fflate reads the Date's local
  // getters): give it a Date whose local fields are the epoch's UTC ones.
  const t = new Date(epochSeconds * 1000);
  const mtime = new Date(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds());
  const sorted = {};
  for (const name of Object.keys(files).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) sorted[name] = [files[name], { mtime, level: 9 }];
  return Buffer.from(zipSync(sorted));
}
