/**
 * The error-code families, in one zod-free list: schema.ts builds its Kind
 * enum from it, and decode checks `family:value` input against it without
 * loading zod (design.md, "Families"). The first four are the natural
 * families, in which a plain number is decoded first.
 */
export const FAMILIES = ["win32", "hresult", "ntstatus", "bugcheck"] as const;
export type Family = (typeof FAMILIES)[number];

/** The family named `name` (any case), or undefined. */
export function familyNamed(name: string): Family | undefined {
  const lower = name.toLowerCase();
  return (FAMILIES as readonly string[]).includes(lower) ? (lower as Family) : undefined;
}
