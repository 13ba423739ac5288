import { describe, expect, it } from "vitest";
import { applyEdit } from "./edit.js";
import { KeyReader, pasteText } from "./input.js";

const names = (raw: string) => new KeyReader().feed(raw).map((k) => k.name);

describe("input: a read split into its keys", () => {
  it("a burst of control keys is each key, in order", () => {
    expect(names("\u000e\u000e\u000e")).toEqual(["C-n", "C-n", "C-n"]);
    expect(names("\u007f".repeat(6))).toEqual(Array(6).fill("Backspace"));
    expect(names("0x5\r")).toEqual(["0", "x", "5", "Enter"]);
  });

  it("escape sequences between other keys (xterm and tmux forms)", () => {
    expect(names("a\u001b[Ab\u001b[6~\u001bOB\u001b[1;5C\u001b[Z")).toEqual(["a", "Up", "b", "PgDn", "Down", "C-Right", "S-Tab"]);
    expect(names("\u001b[1~\u001b[4~\u001b[3~\u001b[H\u001b[F")).toEqual(["Home", "End", "Delete", "Home", "End"]);
  });

  it("Alt+key, Alt+Backspace, a lone Esc and Esc twice", () => {
    expect(names("\u001bb\u001bf\u001b\u007f")).toEqual(["M-b", "M-f", "M-Backspace"]);
    expect(names("\u001b")).toEqual(["Esc"]);
    expect(names("\u001b\u001b")).toEqual(["Esc", "Esc"]);
  });

  it("mouse wheel reports (SGR) and unknown sequences skipped whole", () => {
    expect(names("\u001b[<64;3;4M\u001b[<65;3;4M\u001b[<0;3;4Mx")).toEqual(["WheelUp", "WheelDown", "x"]);
    expect(names("\u001b[?1;2cx")).toEqual(["x"]);
  });

  it("text beyond ASCII is one key per character", () => {
    expect(names("é😀")).toEqual(["é", "😀"]);
  });

  it("a bracketed paste is one key, even across reads", () => {
    const r = new KeyReader();
    expect(r.feed("\u001b[200~0x8007")).toEqual([]);
    expect(r.feed("0005\n\u001b[201~\u000e")).toEqual([{ name: "Paste", text: "0x80070005\n" }, { name: "C-n" }]);
  });

  it("pasted text: inner line breaks are spaces, a trailing one is Enter", () => {
    expect(pasteText("0x80070005\n")).toEqual({ text: "0x80070005", enter: true });
    expect(pasteText("access\r\ndenied")).toEqual({ text: "access denied", enter: false });
    expect(pasteText("a\tb")).toEqual({ text: "ab", enter: false });
  });
});

describe("edit: readline's motions and kills", () => {
  const at = (text: string, cursor: number) => ({ text, cursor });
  it("never splits a surrogate pair", () => {
    expect(applyEdit(at("a😀", 3), { type: "deleteBack" })).toEqual(at("a", 1));
    expect(applyEdit(at("a😀", 1), { type: "right" })).toEqual(at("a😀", 3));
    expect(applyEdit(at("a😀", 3), { type: "left" })).toEqual(at("a😀", 1));
  });
  it("words: Ctrl+W to a space, Alt+Backspace to a non-word character", () => {
    expect(applyEdit(at("foo bar-baz  ", 13), { type: "rubOut" })).toEqual(at("foo ", 4));
    expect(applyEdit(at("foo bar-baz  ", 13), { type: "killWordBack" })).toEqual(at("foo bar-", 8));
    expect(applyEdit(at("foo bar", 0), { type: "wordRight" })).toEqual(at("foo bar", 3));
    expect(applyEdit(at("foo bar", 3), { type: "wordRight" })).toEqual(at("foo bar", 7));
    expect(applyEdit(at("foo bar", 4), { type: "wordLeft" })).toEqual(at("foo bar", 0));
  });
  it("edges: nothing to delete, cursor past the end", () => {
    expect(applyEdit(at("", 0), { type: "deleteBack" })).toEqual(at("", 0));
    expect(applyEdit(at("ab", 2), { type: "deleteForward" })).toEqual(at("ab", 2));
    expect(applyEdit(at("ab", 9), { type: "insert", text: "c" })).toEqual(at("abc", 3));
  });
});
