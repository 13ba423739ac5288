import type { HresultBits, NtstatusBits } from "@winerr/core";

const flag = (name: string, on: boolean): string => `${name}${on ? 1 : 0}`;
const hex4 = (n: number): string => "0x" + n.toString(16).toUpperCase().padStart(4, "0");
const facility = (n: number, names: readonly string[]): string => `facility ${n}${names.length > 0 ? " " + names.join("|") : ""}`;

/** `HRESULT S1 R0 C0 N0 X0 facility 7 FACILITY_WIN32 code 0x3621` */
export function hresultText(b: HresultBits): string {
  const bits = [flag("S", b.severity === "failure"), flag("R", b.reserved), flag("C", b.customer), flag("N", b.ntstatus), flag("X", b.x)];
  return `HRESULT ${bits.join(" ")} ${facility(b.facility, b.facilityNames)} code ${hex4(b.code)}`;
}

/** `NTSTATUS error C0 N0 facility 7 code 0x0005` */
export function ntstatusText(b: NtstatusBits): string {
  return `NTSTATUS ${b.severity} ${flag("C", b.customer)} ${flag("N", b.reserved)} ${facility(b.facility, b.facilityNames)} code ${hex4(b.code)}`;
}
