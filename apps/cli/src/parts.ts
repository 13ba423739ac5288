import type { DecodeRecord, DecodeResult, FlatRecord, Match, MatchParts, Reading } from "@winerr/core";

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

/**
 * --flat: the result's best match as one flat record (FlatRecord in core's
 * output-schema.ts). Built as one object literal, without spreads: it runs
 * once per input of the PowerShell module's pipelines.
 */
export function flatRecord(result: DecodeResult): FlatRecord {
  const match = result.matches[0];
  if (match === undefined) {
    if (result.error === undefined) return { input: result.input, ok: result.ok, inputHex: result.hex };
    return { input: result.input, ok: result.ok, inputHex: result.hex, error: result.error };
  }
  const parts = partsOf(match, result.readings);
  const row: FlatRecord = {
    input: result.input,
    ok: result.ok,
    inputHex: result.hex,
    name: match.name,
    kind: match.kind,
    value: match.value,
    hex: match.hex,
    signed: match.value | 0,
    severity: parts === null ? null : parts.severity,
    facility: parts === null ? null : parts.facility,
    facilityName: parts === null || parts.facilityNames.length === 0 ? null : parts.facilityNames.join(", "),
    code: parts === null ? match.value : parts.code,
    message: match.message,
    header: match.header,
    via: match.via,
  };
  if (match.messageSource !== undefined) row.messageSource = match.messageSource;
  return row;
}
