import type { Kind } from "../schema.js";

/**
 * Guidance written by the WinErr authors, not by Microsoft. Every output
 * labels it as ours, apart from the official message. Each field is one to
 * three short sentences, and says only what a reader can check.
 */
export interface GuidanceText {
  /** The Windows component or API the codes come from. */
  component: string;
  /** What this kind of failure means. */
  meaning: string;
  /** When it typically appears. */
  when: string;
  /** What a developer or an admin should check first. */
  check: string;
  /** Tools and logs that show more: ids from the tool table (tools.ts). */
  tools: readonly string[];
  /**
   * Public documentation pages the facts above were checked against (at
   * least one). The prose is ours; these say where a reader can verify it.
   */
  refs: readonly string[];
}

/**
 * One reviewed group: the entries of one family that a header, an optional
 * set of name prefixes and an optional value range select.
 *
 * An entry belongs to the matching group with the highest priority; two
 * matching groups with the same priority are a defect that tests catch.
 * Conventions: 0 for a whole header, 10 for a prefix or range inside it,
 * 20 for a narrower carve-out inside that.
 */
export interface GroupRule {
  /** Stable id, kebab-case, unique: "win32-ipsec-ike". */
  id: string;
  /** Short title: "IPsec IKE negotiation". */
  title: string;
  kind: Kind;
  /** Header files (exact names as the catalog stores them). */
  headers: readonly string[];
  /** Name prefixes; an entry matches if its name starts with any. */
  prefixes?: readonly string[];
  /** Inclusive value range, compared as unsigned 32-bit. */
  range?: readonly [number, number];
  /** HRESULT facility (13 bits) or NTSTATUS facility (12 bits). */
  facility?: number;
  priority: number;
  guidance: GuidanceText;
}

/** A tool, console or log that guidance names; each one documented. */
export interface Tool {
  /** Stable id, kebab-case: "event-viewer". */
  id: string;
  /** The name as Windows shows it: "Event Viewer (eventvwr.msc)". */
  name: string;
  /** One sentence, ours: what it shows. */
  what: string;
  /** A public documentation page that describes it. */
  doc: string;
}
