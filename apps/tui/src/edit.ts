/**
 * A line of text with a cursor, edited as readline edits it (GNU Readline's
 * emacs mode): Ctrl+W rubs out to the previous space, Alt+Backspace and
 * Alt+B/F use words of letters and digits. The cursor is a UTF-16 offset
 * that never splits a surrogate pair.
 */
export interface Line {
  text: string;
  cursor: number;
}

export type Edit =
  | { type: "insert"; text: string }
  | { type: "deleteBack" }
  | { type: "deleteForward" }
  | { type: "left" }
  | { type: "right" }
  | { type: "start" }
  | { type: "end" }
  | { type: "wordLeft" }
  | { type: "wordRight" }
  | { type: "rubOut" }
  | { type: "killWordBack" }
  | { type: "killToStart" }
  | { type: "killToEnd" };

const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

function prevIndex(text: string, at: number): number {
  if (at <= 0) return 0;
  const low = text.charCodeAt(at - 1);
  return at >= 2 && low >= 0xdc00 && low <= 0xdfff ? at - 2 : at - 1;
}

function nextIndex(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const high = text.charCodeAt(at);
  return high >= 0xd800 && high <= 0xdbff && at + 1 < text.length ? at + 2 : at + 1;
}

/** Start of the word before the cursor: skip non-word characters, then word characters. */
function wordStart(text: string, at: number, word: (ch: string | undefined) => boolean): number {
  let i = at;
  while (i > 0 && !word(text[i - 1])) i = prevIndex(text, i);
  while (i > 0 && word(text[i - 1])) i = prevIndex(text, i);
  return i;
}

function wordEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !isWord(text[i])) i = nextIndex(text, i);
  while (i < text.length && isWord(text[i])) i = nextIndex(text, i);
  return i;
}

const notSpace = (ch: string | undefined) => ch !== undefined && !/\s/.test(ch);

export function applyEdit(line: Line, e: Edit): Line {
  const { text } = line;
  const at = Math.max(0, Math.min(line.cursor, text.length));
  const cut = (from: number, to: number): Line => ({ text: text.slice(0, from) + text.slice(to), cursor: from });
  switch (e.type) {
    case "insert":
      return { text: text.slice(0, at) + e.text + text.slice(at), cursor: at + e.text.length };
    case "deleteBack":
      return cut(prevIndex(text, at), at);
    case "deleteForward":
      return cut(at, nextIndex(text, at));
    case "left":
      return { text, cursor: prevIndex(text, at) };
    case "right":
      return { text, cursor: nextIndex(text, at) };
    case "start":
      return { text, cursor: 0 };
    case "end":
      return { text, cursor: text.length };
    case "wordLeft":
      return { text, cursor: wordStart(text, at, isWord) };
    case "wordRight":
      return { text, cursor: wordEnd(text, at) };
    case "rubOut":
      return cut(wordStart(text, at, notSpace), at);
    case "killWordBack":
      return cut(wordStart(text, at, isWord), at);
    case "killToStart":
      return cut(0, at);
    case "killToEnd":
      return cut(at, text.length);
  }
}
