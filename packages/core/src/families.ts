/**
 * The error-code families, in one zod-free list: schema.ts builds its Kind
 * enum from it, and decode checks `family:value` input against it without
 * loading zod (docs/contracts.md, "Ranking", family-scoped input). The four
 * natural families, in which a plain number is decoded first.
 */
export const KIND_IDS = ["win32", "hresult", "ntstatus", "bugcheck"] as const;

/** The family named `name` (any case), or undefined. */
export function familyNamed(name: string): (typeof KIND_IDS)[number] | undefined {
  const lower = name.toLowerCase();
  return (KIND_IDS as readonly string[]).includes(lower) ? (lower as (typeof KIND_IDS)[number]) : undefined;
}
