import type { DecodeRecord, DecodeResult, Match, MatchParts, Reading } from "@winerr/core";

/** Unwrap rules whose input is an HRESULT (the match may be of another family). */
const FROM_HRESULT = new Set<string>(["HRESULT_FROM_WIN32", "HRESULT_FROM_NT", "HRESULT_FROM_SETUPAPI", "FILTER_HRESULT_FROM_FLT_NTSTATUS"]);

/**
 * The fields of the input's value that a match is read through: its HRESULT
 * or NTSTATUS view, as core's readings computed them (MatchParts in
 * core's output-schema.ts). Null for a match that is not read as either (a
 * Win32 code or bug check taken as itself).
 */
export function partsOf(match: Match, readings: Reading[]): MatchParts | null {
  const reading = readings[match.reading];
  if (reading === undefined) return null;
  let view: MatchParts["as"] | null = null;
  if (FROM_HRESULT.has(match.via)) view = "hresult";
  else if (match.via === "NTSTATUS_FROM_WIN32") view = "ntstatus";
  else if (match.kind === "hresult") view = "hresult";
  else if (match.kind === "ntstatus") view = "ntstatus";
  if (view === null) return null;
  const bits = reading[view];
  return { as: view, severity: bits.severity, facility: bits.facility, facilityNames: bits.facilityNames, code: bits.code };
}

/** --best: the result with its first match only (the rest of it as it is). */
export function bestOnly(result: DecodeResult): DecodeResult {
  return result.matches.length > 1 ? { ...result, matches: result.matches.slice(0, 1) } : result;
}

/** A result as machine output: each match gains `parts`; without `readings` when asked. */
export function machineResult(result: DecodeResult, readings: boolean): DecodeRecord {
  const matches = result.matches.map((m) => ({ ...m, parts: partsOf(m, result.readings) }));
  if (readings) return { ...result, matches };
  const { readings: left, ...rest } = result;
  void left;
  return { ...rest, matches };
}
