// The TypeScript group tables before their conversion to data/guidance (kept only until legacy.test.ts has proved the data files select the same groups).
import type { GroupRule, Tool } from "./types.js";
import { COMMON_TOOLS } from "./tools.js";
import { WIN32_SYSTEM_GROUPS, WIN32_SYSTEM_TOOLS } from "./win32-system.js";
import { WIN32_SERVICES_GROUPS, WIN32_SERVICES_TOOLS } from "./win32-services.js";
import { WIN32_HEADERS_GROUPS, WIN32_HEADERS_TOOLS } from "./win32-headers.js";
import { HRESULT_WINERROR_GROUPS } from "./hresult-winerror.js";
import { HRESULT_MEDIA_SERVICES_GROUPS } from "./hresult-media-services.js";
import { HRESULT_HEADERS_GROUPS, HRESULT_HEADERS_TOOLS } from "./hresult-headers.js";
import { NTSTATUS_GROUPS, BUGCHECK_GROUPS, NTSTATUS_TOOLS } from "./ntstatus.js";

/** The reviewed group table, one file per area; order does not matter (priority does). */
export const LEGACY_GROUPS: readonly GroupRule[] = [
  ...WIN32_SYSTEM_GROUPS,
  ...WIN32_SERVICES_GROUPS,
  ...WIN32_HEADERS_GROUPS,
  ...HRESULT_WINERROR_GROUPS,
  ...HRESULT_MEDIA_SERVICES_GROUPS,
  ...HRESULT_HEADERS_GROUPS,
  ...NTSTATUS_GROUPS,
  ...BUGCHECK_GROUPS,
];

/** Every tool guidance may name. */
export const LEGACY_TOOLS: readonly Tool[] = [...COMMON_TOOLS, ...WIN32_SYSTEM_TOOLS, ...WIN32_SERVICES_TOOLS, ...WIN32_HEADERS_TOOLS, ...HRESULT_HEADERS_TOOLS, ...NTSTATUS_TOOLS];


