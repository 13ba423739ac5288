/**
 * The error-code families, in one zod-free list: schema.ts builds its Kind
 * enum from it, and decode checks `family:value` input against it without
 * loading zod (docs/contracts.md, "Families"). The first four are the
 * natural families, in which a plain number is decoded first; the others are
 * numbers in their own space (event-log message ids, and the small-valued
 * return codes of one API each), decoded after them.
 */
export const FAMILIES = ["win32", "hresult", "ntstatus", "bugcheck", "event", "ldap", "errno", "mci", "mmsys", "tapi", "cderr", "netmon", "usbd", "dhcp"];
/** The family named `name` (any case), or undefined. */
export function familyNamed(name) {
    const lower = name.toLowerCase();
    return FAMILIES.includes(lower) ? lower : undefined;
}
/** Every family, in catalog order (the same list as FAMILIES). */
export const KIND_LIST = FAMILIES;
/** The four families a bare number is read in first. */
export const NATURAL_KINDS = ["win32", "hresult", "ntstatus", "bugcheck"];
export const FAMILY_INFO = {
    win32: { title: "Win32 error code", aTitle: "a Win32 error code", homeHeader: "winerror.h", bits: false },
    hresult: { title: "HRESULT", aTitle: "an HRESULT", homeHeader: "winerror.h", bits: true },
    ntstatus: { title: "NTSTATUS", aTitle: "an NTSTATUS", homeHeader: "ntstatus.h", bits: true },
    bugcheck: { title: "bug check code", aTitle: "a bug check code", homeHeader: "bugcodes.h", bits: false },
    event: { title: "event-log message id", aTitle: "an event-log message id", homeHeader: "netevent.h", bits: false },
    ldap: { title: "LDAP result code", aTitle: "an LDAP result code", homeHeader: "winldap.h", bits: false },
    errno: { title: "C runtime errno value", aTitle: "a C runtime errno value", homeHeader: "errno.h", bits: false },
    mci: { title: "MCI error code", aTitle: "an MCI error code", homeHeader: "mciapi.h", bits: false },
    mmsys: { title: "multimedia (MMSYSERR) result code", aTitle: "a multimedia (MMSYSERR) result code", homeHeader: "mmsyscom.h", bits: false },
    tapi: { title: "TAPI error code", aTitle: "a TAPI error code", homeHeader: "tapi.h", bits: false },
    cderr: { title: "common dialog error code", aTitle: "a common dialog error code", homeHeader: "cderr.h", bits: false },
    netmon: { title: "Network Monitor error code", aTitle: "a Network Monitor error code", homeHeader: "netmon.h", bits: false },
    usbd: { title: "USB request status (USBD_STATUS)", aTitle: "a USB request status (USBD_STATUS)", homeHeader: "usb.h", bits: false },
    dhcp: { title: "DHCP Server API error code", aTitle: "a DHCP Server API error code", homeHeader: "dhcpsapi.h", bits: false },
};
