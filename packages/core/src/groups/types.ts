import type { GroupRuleData, GuidanceTextData, ToolData } from "../guidance-schema.js";

/**
 * The runtime shapes of the guidance data (data/guidance/*.json), derived
 * from the zod schemas of guidance-schema.ts, which document every field.
 */

/** Guidance written by the WinErr authors, not by Microsoft; every output labels it as ours. */
export type GuidanceText = GuidanceTextData;

/**
 * One reviewed group as the matcher reads it: the data file's rule with its
 * range as numbers and without the reviewer's `section` and `note`. The
 * matching group with the highest priority wins (0 a whole header or scope,
 * 10 a section, prefix or range inside it, 20 a narrower carve-out, 30 a
 * short list of names that would mislead in their range's group); a tie at
 * the top is an error of the guidance check.
 */
export type GroupRule = Omit<GroupRuleData, "range" | "section" | "note"> & { range?: readonly [number, number] };

/** A tool, console or log that guidance names (tools.json). */
export type Tool = ToolData;
