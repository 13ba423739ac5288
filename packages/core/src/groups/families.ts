import type { GroupRule } from "./types.js";

/**
 * Groups for the families of their own (docs/contracts.md, "Families"): one
 * per family, by the headers the importer reads it from. Guidance is ours;
 * refs are the pages it was checked against.
 */
export const FAMILY_GROUPS: readonly GroupRule[] = [
  {
    id: "event-log-message-ids",
    title: "Event-log message ids",
    kind: "event",
    headers: ["netevent.h", "LMErrlog.h", "WindowsSearchErrors.h", "CDOSysErr.h", "wdsmcerr.h"],
    priority: 0,
    guidance: {
      component: "The Event Log: message files of Windows components (network drivers and services, the LAN Manager server, Windows Search, CDO, Windows Deployment Services multicast) whose ids events carry.",
      meaning: "Not a failure code an API returns: the id of an event a component wrote to the Event Log. The message text is the event's text, with inserts filled from the event's data.",
      when: "When reading an event in Event Viewer or in an exported log, where the event id is shown, often as its low 16 bits.",
      check: "Open the event in Event Viewer: the source, level and the inserted strings say what happened; look at events around it from the same source.",
      tools: ["event-viewer", "get-winevent", "wevtutil"],
      refs: ["https://learn.microsoft.com/en-us/windows/win32/eventlog/event-identifiers"],
    },
  },
  {
    id: "ldap-result-codes",
    title: "LDAP result codes",
    kind: "ldap",
    headers: ["Winldap.h"],
    priority: 0,
    guidance: {
      component: "The Windows LDAP client (wldap32.dll), which returns the LDAP protocol's result codes and its own client-side codes.",
      meaning: "An LDAP operation did not succeed: the server answered with a protocol result (bad credentials, no such object, a constraint or size limit) or the client could not reach or talk to the server.",
      when: "When a program binds to or searches a directory such as Active Directory over LDAP, or changes entries in it.",
      check: "For bind errors check the account and password; for search errors the base DN and filter; for client errors that the server name resolves and the LDAP port is reachable. The server's own error string adds detail.",
      tools: ["nltest", "dcdiag", "test-netconnection"],
      refs: ["https://learn.microsoft.com/en-us/windows/win32/api/winldap/ns-winldap-ldap"],
    },
  },
  {
    id: "errno-crt",
    title: "C runtime errno values",
    kind: "errno",
    headers: ["errno.h"],
    priority: 0,
    guidance: {
      component: "The C runtime library (UCRT), which sets errno when a library function such as a file, math or string function fails.",
      meaning: "A C runtime function failed: a file or directory does not exist, access was refused, an argument was out of range, memory ran out, and the like.",
      when: "In programs that check errno or print it (for example through strerror or perror) after a C library call.",
      check: "Read errno right after the failing call (later calls may change it) and check the path, permissions or arguments that call used.",
      tools: ["process-monitor"],
      refs: ["https://learn.microsoft.com/en-us/cpp/c-runtime-library/errno-constants"],
    },
  },
  {
    id: "mci-errors",
    title: "MCI (Media Control Interface) errors",
    kind: "mci",
    headers: ["mciapi.h"],
    priority: 0,
    guidance: {
      component: "The Media Control Interface, a legacy multimedia API (mciSendCommand, mciSendString) that drives media devices and files by commands.",
      meaning: "An MCI command failed: the device or file could not be opened, the command or one of its flags or values is not valid for the device, or the device is busy or missing.",
      when: "In older programs that play or record sound and video through MCI command strings or command messages.",
      check: "Get the text for the code from the MCI error-string function, check the command string and the device type, and that the media file and its codec are present.",
      tools: ["device-manager", "dxdiag"],
      refs: ["https://learn.microsoft.com/en-us/windows/win32/multimedia/handling-mci-errors"],
    },
  },
  {
    id: "mmsys-multimedia-results",
    title: "Multimedia (waveform, MIDI, mixer, timer, joystick, file I/O) results",
    kind: "mmsys",
    headers: ["mmsyscom.h", "mmeapi.h", "timeapi.h", "joystickapi.h", "mmiscapi.h"],
    priority: 0,
    guidance: {
      component: "The Windows multimedia API (winmm.dll): waveform audio, MIDI, the audio mixer, multimedia timers, joysticks and multimedia file I/O.",
      meaning: "A multimedia call failed: the device id or handle is not valid, the device is in use or missing, the format is not supported, a buffer is not prepared, or memory ran out.",
      when: "In programs that play or record sound with the waveform or MIDI functions, use the mixer or joystick functions, or read RIFF files with the multimedia file functions.",
      check: "Check that the audio or game device is present and enabled and that its driver is installed; for format errors check the format the program asks for.",
      tools: ["device-manager", "dxdiag"],
      refs: ["https://learn.microsoft.com/en-us/windows/win32/api/mmeapi/nf-mmeapi-waveoutopen"],
    },
  },
  {
    id: "tapi-errors",
    title: "TAPI (telephony) errors",
    kind: "tapi",
    headers: ["Tapi.h"],
    priority: 0,
    guidance: {
      component: "The Telephony API (TAPI 2.x), through which programs control modems, phones and telephony service providers: lines, addresses, calls and phone devices.",
      meaning: "A telephony request failed: a device, address or call is not valid or not in the right state, the service provider does not support the request, or the line or phone is in use.",
      when: "In dialing, fax, call-center or modem programs when they open a line or phone device, place or answer a call, or change call state.",
      check: "Check that the modem or telephony device and its service provider are installed and not used by another program, and that the call is in the state the function needs.",
      tools: ["device-manager"],
      refs: ["https://learn.microsoft.com/en-us/windows/win32/tapi/lineerr--constants"],
    },
  },
  {
    id: "cderr-common-dialogs",
    title: "Common dialog box errors",
    kind: "cderr",
    headers: ["cderr.h"],
    priority: 0,
    guidance: {
      component: "The common dialog boxes (comdlg32.dll): open and save, print and page setup, font, color, and find and replace.",
      meaning: "A common dialog box could not be shown or returned an error: its structure or template is not valid, a resource could not be loaded, a buffer is too small, or a printer or font could not be found.",
      when: "When a program opens one of these dialogs and it fails instead of showing, which the program reads with the common dialog's extended-error function.",
      check: "Check the structure the program passes (its size, flags and buffers) and, for print dialogs, that a printer is installed and its driver works.",
      tools: ["process-monitor"],
      refs: ["https://learn.microsoft.com/en-us/windows/win32/api/commdlg/nf-commdlg-commdlgextendederror"],
    },
  },
  {
    id: "netmon-errors",
    title: "Network Monitor errors",
    kind: "netmon",
    headers: ["netmon.h"],
    priority: 0,
    guidance: {
      component: "Microsoft Network Monitor (netmon), a legacy network capture and protocol analysis tool, and its programming interface.",
      meaning: "A Network Monitor capture, filter or parser operation failed: a capture file, network adapter, filter or parser is not valid or not available.",
      when: "When capturing or analysing network traffic with Network Monitor or with a program built on its interface.",
      check: "Check that the capture driver is installed and the program runs with administrator rights; for current captures, Windows' own packet monitor is an alternative.",
      tools: ["pktmon"],
      refs: ["https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-2000-server/cc938655(v=technet.10)"],
    },
  },
];
