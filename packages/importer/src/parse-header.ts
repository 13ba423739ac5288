/**
 * Reads one C header into its `#define`s, each with the comments that may
 * carry its message: a message-compiler block (`MessageId:` / `MessageText:`),
 * a comment on the define's own line, or a block comment right after it.
 * Preprocessor conditionals are not evaluated (see README, "Conditionals").
 */

export interface Define {
  name: string;
  /** Parameters of a function-like macro; null for an object-like one. */
  params: string[] | null;
  body: string;
  /** 1-based line of the `#define`. */
  line: number;
  /** Text of the message-compiler block this define closes, or null. */
  mc: { id: string; text: string | null } | null;
  /** The block right before this define when its MessageId names another symbol (misspelled.ts decides). */
  mcUnmatched?: UnmatchedBlock;
  /** Comment on the define's own line (continued lines included). */
  trailing: string | null;
  /** Block comment starting on the line right after the define. */
  following: string | null;
  /**
   * Comments beside the define that only per-header rules read (rules.ts
   * COMMENT_RULES): `continued` is the trailing comment with the indented
   * comment-only lines right below it (sherrors.h); `preceding` the
   * comment-only lines right above (conditional lines skipped), `gap` the
   * blank lines between them and the define (FhErrors.h writes one).
   */
  beside?: { continued: string | null; preceding: string | null; gap: number };
  /**
   * The message compiler's preamble section the define sits in: after a
   * `Define the facility codes` / `Define the severity codes` heading (mc),
   * or `Facility codes` / `Severity codes` (wmc), up to the next MessageId.
   */
  section: "facility" | "severity" | null;
  /**
   * Not a `#define`: a member of a C `enum` (body: its value expression, or
   * the previous member + 1) or a C++ constant `const HRESULT X = ...;`
   * (body: the value cast to its type). Null for a `#define`.
   */
  decl: { kind: "enum"; tag: string | null; group: number; index: number } | { kind: "const"; type: string } | null;
}

export interface ParsedHeader {
  defines: Define[];
  /** Number of `MessageId:` blocks seen. */
  mcBlocks: number;
  /** MessageId blocks whose next define had another name (message not used). */
  mcMismatches: string[];
}

/** A MessageId block that the next define does not match by name. */
export interface UnmatchedBlock {
  id: string;
  text: string | null;
  /** The block's `Hex Value:` line, when it has one. */
  hex: number | null;
  /** Code other than comments stood between the block and the define. */
  interrupted: boolean;
}

interface Piece {
  text: string;
  /** "line" for `//`, "block" for the first line of `/*`, "cont" for later lines of a block comment. */
  style: "line" | "block" | "cont";
}

interface PhysLine {
  code: string;
  comments: Piece[];
  /** True when a block comment is still open at the end of the line. */
  openAtEnd: boolean;
}

function lexLines(text: string): PhysLine[] {
  const out: PhysLine[] = [];
  let inBlock = false;
  for (const raw of text.split(/\r?\n/)) {
    let code = "";
    const comments: Piece[] = [];
    let i = 0;
    // Fast path: most lines hold no comment or literal at all.
    if (!inBlock && !raw.includes("/") && !raw.includes('"') && !raw.includes("'")) {
      out.push({ code: raw, comments: [], openAtEnd: false });
      continue;
    }
    let firstPieceCont = inBlock;
    while (i < raw.length) {
      if (inBlock) {
        const end = raw.indexOf("*/", i);
        const piece = end < 0 ? raw.slice(i) : raw.slice(i, end);
        comments.push({ text: piece, style: firstPieceCont ? "cont" : "block" });
        firstPieceCont = false;
        if (end < 0) { i = raw.length; break; }
        inBlock = false;
        i = end + 2;
        continue;
      }
      if (raw.startsWith("//", i)) { comments.push({ text: raw.slice(i + 2), style: "line" }); break; }
      if (raw.startsWith("/*", i)) {
        // Record the opening piece even when empty, so "/*" alone still marks a block start.
        i += 2;
        const end = raw.indexOf("*/", i);
        comments.push({ text: end < 0 ? raw.slice(i) : raw.slice(i, end), style: "block" });
        if (end < 0) { inBlock = true; break; }
        i = end + 2;
        continue;
      }
      const c = raw[i]!;
      if (c === '"' || c === "'") {
        // Copy a literal whole so comment markers inside it are not comments.
        let j = i + 1;
        while (j < raw.length && raw[j] !== c) j += raw[j] === "\\" ? 2 : 1;
        code += raw.slice(i, j + 1);
        i = j + 1;
        continue;
      }
      code += c;
      i++;
    }
    out.push({ code, comments, openAtEnd: inBlock });
  }
  return out;
}

/** Comment text without its decoration: `// x` -> ` x`, ` * x` -> ` x`. */
function undecorate(p: Piece): string {
  if (p.style === "line") return p.text;
  const m = /^\s*\*(?!\/)/.exec(p.text);
  return m ? p.text.slice(m[0].length) : p.text;
}

/** Joins message lines as the message compiler wrote them: outer blank lines dropped, trailing blanks trimmed. */
export function joinMessage(lines: string[]): string | null {
  const trimmed = lines.map((l) => l.replace(/\s+$/, ""));
  while (trimmed.length > 0 && trimmed[0] === "") trimmed.shift();
  while (trimmed.length > 0 && trimmed[trimmed.length - 1] === "") trimmed.pop();
  return trimmed.length === 0 ? null : trimmed.join("\n");
}

/** Plain comment text: decoration and surrounding blanks removed, lines kept. */
function plainComment(pieces: Piece[]): string | null {
  return joinMessage(pieces.map((p) => undecorate(p).trim()));
}

/** Preamble headings the message compilers write (mc: `Define the severity codes`, wmc: `Severity codes`). */
const PREAMBLE_HEADING = /^\s*(?:Define the\s+)?(facility|severity) codes\s*$/i;
const DEFINE = /^\s*#\s*define\s+([A-Za-z_]\w*)(\(([^)]*)\))?(.*)$/;
const CONDITIONAL = /^\s*#\s*(if|ifdef|ifndef|elif|else|endif)\b(.*)$/;
/** `enum [class] [tag] [: type] {` (the brace may come on a later line). */
const ENUM_START = /(?:^|[\s;{}(])enum\b/;
/** C++ error-code constants: `[static] const HRESULT X = expr;` (also `constexpr`, `SCODE`, `NTSTATUS`). */
const CONST_DECL = /^\s*(?:(?:static|extern|inline)\s+)*(?:const|constexpr)\s+(?:static\s+)?(HRESULT|SCODE|NTSTATUS)\s+([A-Za-z_]\w*)\s*=\s*/;

/** Code collected over several lines, with the line each piece came from. */
interface Statement { kind: "enum" | "const"; text: string; lines: number[]; name?: string; type?: string }

/** Splits at top-level commas. */
function splitTop(s: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let level = 0;
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = s[i];
    if (c === "(" || c === "[" || c === "{") level++;
    else if (c === ")" || c === "]" || c === "}") level--;
    if (i === s.length || (c === "," && level === 0)) {
      out.push({ text: s.slice(start, i), at: start });
      start = i + 1;
    }
  }
  return out;
}

/** Line of offset `at` in a statement's text (pieces joined by "\n"). */
function lineAt(st: Statement, at: number): number {
  let n = 0;
  for (let i = 0; i < at && i < st.text.length; i++) if (st.text.charCodeAt(i) === 10) n++;
  return st.lines[n] ?? st.lines[st.lines.length - 1]!;
}

/** Whether an enum statement is complete: its braces opened and closed, or it ended without any. */
function enumDone(text: string): boolean {
  const open = text.indexOf("{");
  if (open < 0) return text.includes(";");
  let level = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") level++;
    else if (text[i] === "}" && --level === 0) return true;
  }
  return false;
}

/** The members of a complete enum statement as defines. */
function enumMembers(st: Statement, group: number): Define[] {
  const open = st.text.indexOf("{");
  if (open < 0) return [];
  const head = st.text.slice(0, open);
  const tagMatch = /\benum\s+(?:class\s+|struct\s+)?([A-Za-z_]\w*)/.exec(head);
  let level = 0;
  let close = -1;
  for (let i = open; i < st.text.length; i++) {
    if (st.text[i] === "{") level++;
    else if (st.text[i] === "}" && --level === 0) { close = i; break; }
  }
  if (close < 0) return [];
  const body = st.text.slice(open + 1, close);
  const out: Define[] = [];
  let prev: string | null = null;
  for (const part of splitTop(body)) {
    const m = /^(\s*)([A-Za-z_]\w*)\s*(?:=([\s\S]*))?$/.exec(part.text);
    if (!m) { if (part.text.trim() !== "") prev = null; continue; }
    const name = m[2]!;
    const expr = m[3]?.replace(/\s+/g, " ").trim();
    const valueBody = expr !== undefined && expr !== "" ? expr : prev === null ? (out.length === 0 ? "0" : null) : `(${prev}) + 1`;
    if (valueBody === null) { prev = null; continue; }
    out.push({
      name, params: null, body: valueBody, line: lineAt(st, open + 1 + part.at + m[1]!.length),
      mc: null, trailing: null, following: null, section: null,
      decl: { kind: "enum", tag: tagMatch?.[1] ?? null, group, index: out.length },
    });
    prev = name;
  }
  return out;
}

/**
 * The only macros whose definedness we assume: a Win32 C compile, not the
 * resource compiler, not MIDL, not the old Mac build. Every other condition
 * is unknown and both of its branches are read.
 */
const ASSUMED: Record<string, boolean> = { _WIN32: true, _MAC: false, RC_INVOKED: false, __midl: false, MIDL_PASS: false };

/** true / false when the condition only tests ASSUMED macros, else null. */
export function conditionValue(directive: string, rest: string): boolean | null {
  const arg = rest.replace(/\/\/.*$/, "").trim();
  if (directive === "ifdef" || directive === "ifndef") {
    const known = ASSUMED[arg];
    if (known === undefined) return null;
    return directive === "ifdef" ? known : !known;
  }
  // `defined(X)`, `!defined(X)`, `defined X`, joined by && / || and parentheses.
  let unknown = false;
  const expr = arg.replace(/defined\s*\(\s*(\w+)\s*\)|defined\s+(\w+)/g, (_m, a: string | undefined, b: string | undefined) => {
    const v = ASSUMED[(a ?? b)!];
    if (v === undefined) unknown = true;
    return v ? "1" : "0";
  });
  if (unknown || !/^[\s01!&|()]*$/.test(expr) || expr.trim() === "") return null;
  return evalBool(expr);
}

function evalBool(expr: string): boolean | null {
  const toks = expr.match(/&&|\|\||[01!()]/g) ?? [];
  let i = 0;
  const or = (): boolean => { let v = and(); while (toks[i] === "||") { i++; const r = and(); v = v || r; } return v; };
  const and = (): boolean => { let v = not(); while (toks[i] === "&&") { i++; const r = not(); v = v && r; } return v; };
  const not = (): boolean => {
    const t = toks[i++];
    if (t === "!") return !not();
    if (t === "(") { const v = or(); i++; return v; }
    return t === "1";
  };
  const v = or();
  return i === toks.length ? v : null;
}

const commentOnly = (l: PhysLine): boolean => l.code.trim() === "" && l.comments.length > 0;
const blank = (l: PhysLine): boolean => l.code.trim() === "" && l.comments.length === 0;

/** The comments around a define at lines first..last (0-based) that COMMENT_RULES may read. */
function besideComments(lines: PhysLine[], first: number, last: number, trailing: string | null): NonNullable<Define["beside"]> {
  // Indented comment-only lines continue a trailing comment (sherrors.h aligns them under it).
  let continued = trailing;
  if (trailing !== null) {
    const more: Piece[] = [];
    for (let k = last + 1; k < lines.length; k++) {
      const l = lines[k]!;
      if (!commentOnly(l) || l.code.length === 0 || l.comments[0]!.style !== "line") break;
      more.push(...l.comments);
    }
    if (more.length > 0) continued = joinMessage([trailing, ...more.map((p) => undecorate(p).trim())]);
  }
  let k = first - 1;
  const skipConditionals = (): void => { while (k >= 0 && CONDITIONAL.test(lines[k]!.code)) k--; };
  skipConditionals();
  let gap = 0;
  while (k >= 0 && blank(lines[k]!)) { gap++; k--; }
  skipConditionals();
  const pieces: Piece[] = [];
  while (k >= 0 && commentOnly(lines[k]!)) {
    pieces.unshift(...lines[k]!.comments);
    k--;
  }
  return { continued, preceding: pieces.length === 0 ? null : plainComment(pieces), gap };
}

interface Cond { parentActive: boolean; value: boolean | null; taken: boolean; active: boolean }

export function parseHeader(text: string): ParsedHeader {
  const lines = lexLines(text);
  const defines: Define[] = [];
  const mcMismatches: string[] = [];
  let mcBlocks = 0;
  // Message-compiler state: the open block and which part we are in.
  let block: { id: string; lines: string[]; state: "id" | "text" | "done"; meaning: boolean; hex: number | null; interrupted: boolean } | null = null;
  let section: Define["section"] = null;

  let stmt: Statement | null = null;
  let enums = 0;
  const conds: Cond[] = [];
  const active = (): boolean => conds.length === 0 || conds[conds.length - 1]!.active;
  for (let n = 0; n < lines.length; n++) {
    const pl = lines[n]!;
    const cd = CONDITIONAL.exec(pl.code);
    if (cd) {
      const [, directive, rest] = cd as unknown as [string, string, string];
      if (directive === "if" || directive === "ifdef" || directive === "ifndef") {
        const value = conditionValue(directive, rest);
        const parentActive = active();
        conds.push({ parentActive, value, taken: value === true, active: parentActive && value !== false });
      } else if (directive === "elif" || directive === "else") {
        const top = conds[conds.length - 1];
        if (top) {
          // Only a known-true earlier branch rules out the rest.
          const value = directive === "else" ? (top.value === null ? null : !top.taken) : top.taken ? false : conditionValue("if", rest);
          top.active = top.parentActive && value !== false && !top.taken;
          top.taken = top.taken || value === true;
          top.value = value;
        }
      } else conds.pop();
      continue;
    }
    if (!active()) continue;
    const def = DEFINE.exec(pl.code);
    if (!def) {
      // Enum members and C++ constants, collected over lines until complete.
      let code = pl.code;
      if (stmt === null) {
        const c = CONST_DECL.exec(code);
        if (c) stmt = { kind: "const", text: code.slice(c[0].length), lines: [n + 1], name: c[2]!, type: c[1]! };
        else {
          const e = ENUM_START.exec(code);
          if (e) stmt = { kind: "enum", text: code.slice(e.index + e[0].length - 4), lines: [n + 1] };
        }
        code = "";
      }
      if (stmt !== null) {
        if (code !== "" || stmt.lines[stmt.lines.length - 1] !== n + 1) { stmt.text += "\n" + code; stmt.lines.push(n + 1); }
        if (stmt.kind === "const") {
          const end = stmt.text.indexOf(";");
          if (end >= 0) {
            const expr = stmt.text.slice(0, end).replace(/\s+/g, " ").trim();
            if (expr !== "") {
              defines.push({
                name: stmt.name!, params: null, body: `((${stmt.type!})(${expr}))`, line: stmt.lines[0]!,
                mc: null, trailing: plainComment(pl.comments), following: null, section: null,
                decl: { kind: "const", type: stmt.type! },
              });
            }
            stmt = null;
          }
        } else if (enumDone(stmt.text)) {
          defines.push(...enumMembers(stmt, enums++));
          stmt = null;
        }
      }
      if (block !== null && pl.code.trim() !== "") block.interrupted = true;
      for (const piece of pl.comments) {
        const c = undecorate(piece);
        const heading = PREAMBLE_HEADING.exec(c);
        if (heading && block === null) { section = heading[1]!.toLowerCase() as "facility" | "severity"; continue; }
        if (/^\s*Message definitions\s*$/i.test(c)) { section = null; continue; }
        const id = /^\s*MessageId:\s*(\S*)/.exec(c);
        if (id) {
          section = null;
          block = { id: id[1]!, lines: [], state: "id", meaning: false, hex: null, interrupted: false };
          mcBlocks++;
          continue;
        }
        if (block === null) continue;
        const head = /^\s*(MessageText|Message Meaning):(.*)$/.exec(c);
        if (head && block.state === "id") {
          block.state = "text";
          block.meaning = head[1] === "Message Meaning";
          if (head[2]!.trim() !== "") block.lines.push(head[2]!.trim());
          continue;
        }
        if (block.state === "text") {
          const hexLine = /^\s*Hex Value:\s*(0x[0-9A-Fa-f]{1,8})?/.exec(c);
          if (hexLine) { block.state = "done"; block.hex = hexLine[1] === undefined ? null : Number(hexLine[1]); continue; }
          // MC writes "// " + line: drop that one space. Hand-written "Message Meaning" text is indented freely.
          block.lines.push(block.meaning ? c.trim() : c.replace(/^ /, ""));
        }
      }
      continue;
    }

    // Continuation lines of a multi-line define.
    let body = def[4]!;
    const startLine = n + 1;
    const trailingPieces: Piece[] = [...pl.comments];
    let last = pl;
    while (/\\\s*$/.test(body) && n + 1 < lines.length) {
      n++;
      last = lines[n]!;
      body = body.replace(/\\\s*$/, " ") + last.code;
      trailingPieces.push(...last.comments);
    }
    // A block comment opened on the define line continues into the next lines.
    let k = n;
    while (last.openAtEnd && k + 1 < lines.length) {
      k++;
      last = lines[k]!;
      trailingPieces.push(...last.comments);
    }
    n = k;

    // Block comment directly after the define (RasError.h / MprError.h style).
    let following: string | null = null;
    const next = lines[n + 1];
    if (next && next.code.trim() === "" && next.comments[0]?.style === "block" && next.comments.length > 0) {
      const pieces: Piece[] = [...next.comments];
      let m = n + 1;
      let cur = next;
      while (cur.openAtEnd && m + 1 < lines.length && lines[m + 1]!.code.trim() === "") {
        m++;
        cur = lines[m]!;
        pieces.push(...cur.comments);
      }
      if (!cur.openAtEnd) following = plainComment(pieces);
    }

    const beside = besideComments(lines, startLine - 1, n, plainComment(trailingPieces));
    let mc: Define["mc"] = null;
    let mcUnmatched: UnmatchedBlock | undefined;
    if (block !== null) {
      if (block.id === "" || block.id === def[1]) mc = { id: block.id, text: joinMessage(block.lines) };
      else {
        mcMismatches.push(`${block.id} -> ${def[1]}`);
        mcUnmatched = { id: block.id, text: joinMessage(block.lines), hex: block.hex, interrupted: block.interrupted };
      }
      block = null;
    }
    const params = def[2] === undefined ? null : def[3]!.split(",").map((p) => p.trim()).filter((p) => p !== "");
    defines.push({
      name: def[1]!,
      params,
      body: body.trim(),
      line: startLine,
      mc,
      trailing: plainComment(trailingPieces),
      following,
      section,
      decl: null,
      ...(mcUnmatched === undefined ? {} : { mcUnmatched }),
      beside,
    });
  }
  return { defines, mcBlocks, mcMismatches };
}
