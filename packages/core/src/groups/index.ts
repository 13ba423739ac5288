import type { GroupRule, Tool } from "./types.js";
import { COMMON_TOOLS } from "./tools.js";
import { WIN32_SYSTEM_GROUPS, WIN32_SYSTEM_TOOLS } from "./win32-system.js";
import { WIN32_SERVICES_GROUPS, WIN32_SERVICES_TOOLS } from "./win32-services.js";
import { WIN32_HEADERS_GROUPS, WIN32_HEADERS_TOOLS } from "./win32-headers.js";
import { HRESULT_WINERROR_GROUPS } from "./hresult-winerror.js";
import { HRESULT_MEDIA_SERVICES_GROUPS } from "./hresult-media-services.js";
import { HRESULT_HEADERS_GROUPS, HRESULT_HEADERS_TOOLS } from "./hresult-headers.js";
import { NTSTATUS_GROUPS, BUGCHECK_GROUPS, NTSTATUS_TOOLS } from "./ntstatus.js";
import { FAMILY_GROUPS } from "./families.js";

/** The reviewed group table, one file per area; order does not matter (priority does). */
export const GROUPS: readonly GroupRule[] = [
  ...WIN32_SYSTEM_GROUPS,
  ...WIN32_SERVICES_GROUPS,
  ...WIN32_HEADERS_GROUPS,
  ...HRESULT_WINERROR_GROUPS,
  ...HRESULT_MEDIA_SERVICES_GROUPS,
  ...HRESULT_HEADERS_GROUPS,
  ...NTSTATUS_GROUPS,
  ...BUGCHECK_GROUPS,
  ...FAMILY_GROUPS,
];

/** Every tool guidance may name. */
export const TOOLS: readonly Tool[] = [...COMMON_TOOLS, ...WIN32_SYSTEM_TOOLS, ...WIN32_SERVICES_TOOLS, ...WIN32_HEADERS_TOOLS, ...HRESULT_HEADERS_TOOLS, ...NTSTATUS_TOOLS];

export type { GroupRule, GuidanceText, Tool } from "./types.js";
