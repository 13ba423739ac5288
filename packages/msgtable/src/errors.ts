/** Why a file could not be read as a PE file with message tables. */
export type MessageTableErrorCode =
  | "not-pe" // no MZ/PE signature
  | "truncated" // a structure runs past the end of the file or its section
  | "bad-offset" // an offset or RVA points outside the file
  | "bad-structure" // a field holds a value no valid file has
  | "too-large"; // counts larger than the bytes could hold, or shared data

/** Every failure of the reader: a code and one clear line, never a crash. */
export class MessageTableError extends Error {
  constructor(
    readonly code: MessageTableErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "MessageTableError";
  }
}

export const fail = (code: MessageTableErrorCode, message: string): never => {
  throw new MessageTableError(code, message);
};

export const hex = (n: number): string => `0x${n.toString(16).toUpperCase()}`;

/** Runs a reader: a bounds check missed inside is still one clear MessageTableError, never a crash. */
export function guarded<T>(read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof MessageTableError) throw err;
    throw new MessageTableError("bad-structure", `damaged file (${err instanceof Error ? err.message : String(err)})`);
  }
}
