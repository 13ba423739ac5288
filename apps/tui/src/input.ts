/**
 * Terminal input as key presses. Ink hands the app what it read in one go
 * (a burst of keys, a paste) as one event, split only at escape sequences;
 * this splits every event into its keys, in order, so that no key of a burst
 * is lost (three Ctrl+N read together are three moves).
 *
 * A key is named as the key table (keys.ts) names it: "a", "?", "C-n",
 * "M-b", "Enter", "Tab", "S-Tab", "Backspace", "M-Backspace", "Delete",
 * "Esc", "Up", "Down", "Left", "Right", "PgUp", "PgDn", "Home", "End",
 * "WheelUp", "WheelDown". A bracketed paste (the terminal marks it when the
 * app asks, ESC[?2004h) is one "Paste" key with its text.
 */
export interface KeyPress {
  name: string;
  /** The text a printable key or a paste inserts. */
  text?: string;
}

const CSI_TILDE: Record<string, string> = {
  "1": "Home",
  "2": "Insert",
  "3": "Delete",
  "4": "End",
  "5": "PgUp",
  "6": "PgDn",
  "7": "Home",
  "8": "End",
};

const CSI_LETTER: Record<string, string> = { A: "Up", B: "Down", C: "Right", D: "Left", H: "Home", F: "End", Z: "S-Tab" };

/** xterm's modifier parameter (1 + shift 1 + alt 2 + ctrl 4) as a name prefix. */
function modifiers(param: string | undefined): string {
  const m = param === undefined ? 0 : Number(param) - 1;
  if (!(m > 0)) return "";
  return (m & 4 ? "C-" : "") + (m & 2 ? "M-" : "") + (m & 1 ? "S-" : "");
}

/** The key one escape sequence (ESC [ ... or ESC O x) means, or null for one the TUI does not use. */
function escapeKey(seq: string): KeyPress | null {
  const ss3 = /^\u001bO([A-Z])$/.exec(seq);
  if (ss3 !== null) return CSI_LETTER[ss3[1] as string] !== undefined ? { name: CSI_LETTER[ss3[1] as string] as string } : null;
  // SGR mouse report: ESC [ < button ; x ; y M/m (wheel: 64 up, 65 down).
  const mouse = /^\u001b\[<(\d+);\d+;\d+[Mm]$/.exec(seq);
  if (mouse !== null) {
    const b = Number(mouse[1]);
    return b === 64 ? { name: "WheelUp" } : b === 65 ? { name: "WheelDown" } : null;
  }
  const csi = /^\u001b\[\[?([0-9;]*)([~A-Za-z])$/.exec(seq);
  if (csi === null) return null;
  const params = (csi[1] as string).split(";");
  const final = csi[2] as string;
  if (final === "~") {
    const base = CSI_TILDE[params[0] ?? ""];
    return base === undefined ? null : { name: modifiers(params[1]) + base };
  }
  const base = CSI_LETTER[final];
  if (base === undefined) return null;
  return { name: (base === "S-Tab" ? "" : modifiers(params[1])) + base };
}

/** The key of one control character (below 0x20, or DEL). */
function controlKey(c: number): KeyPress {
  if (c === 0x0d || c === 0x0a) return { name: "Enter" };
  if (c === 0x09) return { name: "Tab" };
  if (c === 0x7f || c === 0x08) return { name: "Backspace" };
  if (c === 0x1b) return { name: "Esc" };
  if (c === 0) return { name: "C-Space" };
  if (c <= 0x1a) return { name: "C-" + String.fromCharCode(c + 0x60) };
  return { name: "C-" + String.fromCharCode(c + 0x40) };
}

/** The bracketed-paste markers. */
const PASTE_START = "\u001b[200~";
const PASTE_END = "\u001b[201~";

/**
 * A reader of input events: keeps a paste that spans several reads together.
 * `feed` takes any string read from the terminal (Ink's events, or raw
 * chunks) and returns its keys in order.
 */
export class KeyReader {
  private paste: string | null = null;

  feed(input: string): KeyPress[] {
    const out: KeyPress[] = [];
    let i = 0;
    while (i < input.length) {
      if (this.paste !== null) {
        const end = input.indexOf(PASTE_END, i);
        if (end < 0) {
          this.paste += input.slice(i);
          return out;
        }
        out.push({ name: "Paste", text: this.paste + input.slice(i, end) });
        this.paste = null;
        i = end + PASTE_END.length;
        continue;
      }
      if (input.startsWith(PASTE_START, i)) {
        this.paste = "";
        i += PASTE_START.length;
        continue;
      }
      const c = input.charCodeAt(i);
      if (c === 0x1b) {
        const seq = /^\u001b(?:\[\[?[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]|O[A-Z])/.exec(input.slice(i, i + 32));
        if (seq !== null) {
          const k = escapeKey(seq[0]);
          if (k !== null) out.push(k);
          i += seq[0].length;
          continue;
        }
        // ESC and a key: Alt+key (ESC ESC is Esc pressed twice; a lone ESC is Esc).
        const next = input.codePointAt(i + 1);
        if (next === undefined || next === 0x1b) {
          out.push({ name: "Esc" });
          i += 1;
          continue;
        }
        const ch = String.fromCodePoint(next);
        const inner = next < 0x20 || next === 0x7f ? controlKey(next).name : ch;
        out.push({ name: "M-" + inner });
        i += 1 + ch.length;
        continue;
      }
      if (c < 0x20 || c === 0x7f) {
        out.push(controlKey(c));
        i += 1;
        continue;
      }
      const cp = input.codePointAt(i) as number;
      const ch = String.fromCodePoint(cp);
      out.push({ name: ch, text: ch });
      i += ch.length;
    }
    return out;
  }
}

/** Whether a key inserts text (a printable character or a paste). */
export function isText(k: KeyPress): k is KeyPress & { text: string } {
  return k.text !== undefined;
}

/**
 * A paste as query text: line breaks inside become spaces; a trailing line
 * break means Enter (the second value).
 */
export function pasteText(text: string): { text: string; enter: boolean } {
  const enter = /[\r\n]$/.test(text);
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\r\n]+$/, "").replace(/\r\n?|\n/g, " ").replace(/[\u0000-\u001f\u007f]/g, "");
  return { text: flat, enter };
}
