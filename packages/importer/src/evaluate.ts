/**
 * A small C constant-expression evaluator for `#define` bodies that real
 * error headers use. Results are unsigned 32-bit. Anything it cannot evaluate
 * throws `Unevaluable`; the caller reports it, never guesses.
 */

export class Unevaluable extends Error {}

/** Marks seen while evaluating; the kind rules read them (kind.ts). */
export type Trait = "hresult" | "ntstatus";

export interface MacroDef {
  params: string[] | null;
  body: string;
}

export interface Scope {
  /** Object-like or function-like macro visible from the current header. */
  lookup(name: string): MacroDef | undefined;
}

type Tok = { t: "num"; v: number } | { t: "id"; v: string } | { t: "op"; v: string };

const OPS = ["<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "(", ")", "+", "-", "*", "/", "%", "|", "&", "^", "~", "!", "<", ">", "?", ":", ","];

export function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) { i++; continue; }
    const num = /^(0[xX][0-9a-fA-F]+|[0-9]+)((?:[uUlL]|i64|I64|ui64|UI64)*)(?![\w.])/.exec(src.slice(i));
    if (num) {
      const digits = num[1]!;
      let v: number;
      if (/^0[xX]/.test(digits)) v = parseInt(digits.slice(2), 16);
      else if (digits.length > 1 && digits.startsWith("0")) {
        if (/[89]/.test(digits)) throw new Unevaluable(`bad octal ${digits}`);
        v = parseInt(digits, 8);
      } else v = parseInt(digits, 10);
      if (!Number.isSafeInteger(v) || v > 0xffffffff) throw new Unevaluable(`number out of 32-bit range: ${digits}`);
      out.push({ t: "num", v });
      i += num[0].length;
      continue;
    }
    const id = /^[A-Za-z_]\w*/.exec(src.slice(i));
    if (id) { out.push({ t: "id", v: id[0] }); i += id[0].length; continue; }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (op) { out.push({ t: "op", v: op }); i += op.length; continue; }
    throw new Unevaluable(`unexpected character '${c}'`);
  }
  return out;
}

/** Type names a cast may use; their presence decides nothing but the traits. */
const HRESULT_TYPES = new Set(["HRESULT", "SCODE", "DRM_RESULT"]);
const NTSTATUS_TYPES = new Set(["NTSTATUS"]);
export const PLAIN_TYPES: ReadonlySet<string> = new Set(["DWORD", "ULONG", "LONG", "long", "unsigned", "int", "short", "char", "signed", "UINT", "INT", "WORD", "USHORT", "ULONG32", "LONG32", "UINT32", "INT32", "SECURITY_STATUS", "NDIS_STATUS", "u_long", "__int32", "UINT_PTR", "ULONG_PTR", "DWORD_PTR", "__LONG32"]);

const u32 = (x: number): number => x >>> 0;
const HRESULT_FROM_WIN32 = (x: number): number => ((x | 0) <= 0 ? u32(x) : u32((x & 0xffff) | (7 << 16) | 0x80000000));
const NTSTATUS_FROM_WIN32 = (x: number): number => ((x | 0) <= 0 ? u32(x) : u32((x & 0xffff) | (7 << 16) | 0xc0000000));

/** Whether `value` is `target` itself or one of the wrapping macros (HRESULT_FROM_WIN32, HRESULT_FROM_NT, NTSTATUS_FROM_WIN32) of it. */
export function isValueOrWrapOf(value: number, target: number): boolean {
  return value === target || value === HRESULT_FROM_WIN32(target) || value === u32(target | 0x10000000) || value === NTSTATUS_FROM_WIN32(target);
}

/** Built-in function-like macros, with the family mark each one implies. */
const BUILTINS: Record<string, { arity: number; fn: (a: number[]) => number; trait?: Trait }> = {
  _HRESULT_TYPEDEF_: { arity: 1, fn: (a) => u32(a[0]!), trait: "hresult" },
  // mingw-w64 spells long literals as __MSABI_LONG(x), which pastes an `l` suffix.
  __MSABI_LONG: { arity: 1, fn: (a) => u32(a[0]!) },
  _NDIS_ERROR_TYPEDEF_: { arity: 1, fn: (a) => u32(a[0]!) },
  MAKE_HRESULT: { arity: 3, fn: ([s, f, c]) => u32((s! << 31) | (f! << 16) | c!), trait: "hresult" },
  MAKE_SCODE: { arity: 3, fn: ([s, f, c]) => u32((s! << 31) | (f! << 16) | c!), trait: "hresult" },
  HRESULT_FROM_WIN32: { arity: 1, fn: (a) => HRESULT_FROM_WIN32(a[0]!), trait: "hresult" },
  __HRESULT_FROM_WIN32: { arity: 1, fn: (a) => HRESULT_FROM_WIN32(a[0]!), trait: "hresult" },
  HRESULT_FROM_NT: { arity: 1, fn: (a) => u32(a[0]! | 0x10000000), trait: "hresult" },
  NTSTATUS_FROM_WIN32: { arity: 1, fn: (a) => NTSTATUS_FROM_WIN32(a[0]!), trait: "ntstatus" },
  __NTSTATUS_FROM_WIN32: { arity: 1, fn: (a) => NTSTATUS_FROM_WIN32(a[0]!), trait: "ntstatus" },
};

export interface Evaluation {
  value: number;
  traits: Set<Trait>;
  /** Identifiers resolved through the scope (for alias detection and reports). */
  refs: string[];
  /** Type words of every cast applied, through references too (`((WINBIO_REJECT_DETAIL)5)` -> ["WINBIO_REJECT_DETAIL"]). */
  casts: string[];
}

// Enum members that count up from the one before are looked up by value (import-source.ts).
const MAX_DEPTH = 100;

/** Evaluates a define body to an unsigned 32-bit value, or throws Unevaluable. */
export function evaluate(body: string, scope: Scope): Evaluation {
  const traits = new Set<Trait>();
  const refs: string[] = [];
  const casts: string[] = [];
  const value = evalTokens(tokenize(body), scope, traits, refs, casts, 0, new Set());
  return { value: u32(value), traits, refs, casts };
}

function evalTokens(toks: Tok[], scope: Scope, traits: Set<Trait>, refs: string[], casts: string[], depth: number, active: Set<string>): number {
  if (depth > MAX_DEPTH) throw new Unevaluable("macro nesting too deep");
  if (toks.length === 0) throw new Unevaluable("empty expression");
  let pos = 0;
  const peek = (): Tok | undefined => toks[pos];
  const isOp = (v: string, t = peek()): boolean => t !== undefined && t.t === "op" && t.v === v;
  const expect = (v: string): void => {
    if (!isOp(v)) throw new Unevaluable(`expected '${v}'`);
    pos++;
  };

  // Splits call arguments at top-level commas; returns token slices.
  const callArgs = (): Tok[][] => {
    expect("(");
    const args: Tok[][] = [];
    let cur: Tok[] = [];
    let level = 0;
    for (;;) {
      const t = toks[pos++];
      if (t === undefined) throw new Unevaluable("unclosed call");
      if (t.t === "op" && t.v === "(") level++;
      if (t.t === "op" && t.v === ")") {
        if (level === 0) break;
        level--;
      }
      if (t.t === "op" && t.v === "," && level === 0) { args.push(cur); cur = []; continue; }
      cur.push(t);
    }
    if (cur.length > 0 || args.length > 0) args.push(cur);
    return args;
  };

  const sub = (ts: Tok[]): number => evalTokens(ts, scope, traits, refs, casts, depth + 1, active);

  const castType = (): string[] | null => {
    // `(` type-words [`*`] `)` followed by an operand start.
    let j = pos + 1;
    const words: string[] = [];
    while (toks[j]?.t === "id") { words.push((toks[j] as { v: string }).v); j++; }
    if (words.length === 0 || !isOp(")", toks[j])) return null;
    const next = toks[j + 1];
    const operandFollows = next !== undefined && (next.t !== "op" || ["(", "~", "-", "+", "!"].includes(next.v));
    if (!operandFollows) return null;
    const known = words.every((w) => HRESULT_TYPES.has(w) || NTSTATUS_TYPES.has(w) || PLAIN_TYPES.has(w));
    // One unknown word is a type unless an object-like define names it; a function-like
    // macro's name is not expanded without `(` (C), so `(USBD_STATUS)0xC0000001L` is a cast
    // even where usbdi.h defines `USBD_STATUS(Status)`.
    const def = words.length === 1 ? scope.lookup(words[0]!) : undefined;
    if (!known && (words.length !== 1 || (def !== undefined && def.params === null))) return null;
    pos = j + 1;
    return words;
  };

  const primary = (): number => {
    const t = peek();
    if (t === undefined) throw new Unevaluable("unexpected end");
    if (t.t === "num") { pos++; return t.v; }
    if (t.t === "op" && t.v === "(") {
      const cast = castType();
      if (cast) {
        casts.push(cast.join(" "));
        for (const w of cast) {
          if (HRESULT_TYPES.has(w)) traits.add("hresult");
          if (NTSTATUS_TYPES.has(w)) traits.add("ntstatus");
        }
        return unary();
      }
      pos++;
      const v = ternary();
      expect(")");
      return v;
    }
    if (t.t === "id") {
      pos++;
      const builtin = BUILTINS[t.v];
      if (builtin && isOp("(")) {
        const args = callArgs();
        if (args.length !== builtin.arity) throw new Unevaluable(`${t.v} takes ${builtin.arity} argument(s)`);
        if (builtin.trait) traits.add(builtin.trait);
        return builtin.fn(args.map(sub));
      }
      const def = scope.lookup(t.v);
      if (def === undefined || active.has(t.v)) throw new Unevaluable(`unknown identifier ${t.v}`);
      refs.push(t.v);
      const inner = new Set(active).add(t.v);
      if (def.params === null) return evalTokens(tokenize(def.body), scope, traits, refs, casts, depth + 1, inner);
      if (!isOp("(")) throw new Unevaluable(`function-like macro ${t.v} used without arguments`);
      const args = callArgs();
      if (args.length !== def.params.length && !(def.params.length === 0 && args.length === 0)) throw new Unevaluable(`${t.v} takes ${def.params.length} argument(s)`);
      // Token-level substitution: each parameter becomes its parenthesized argument.
      const expanded: Tok[] = [];
      for (const bt of tokenize(def.body)) {
        const idx = bt.t === "id" ? def.params.indexOf(bt.v) : -1;
        if (idx >= 0) expanded.push({ t: "op", v: "(" }, ...args[idx]!, { t: "op", v: ")" });
        else expanded.push(bt);
      }
      return evalTokens(expanded, scope, traits, refs, casts, depth + 1, inner);
    }
    throw new Unevaluable(`unexpected '${t.v}'`);
  };

  const unary = (): number => {
    if (isOp("-")) { pos++; return u32(-unary()); }
    if (isOp("+")) { pos++; return unary(); }
    if (isOp("~")) { pos++; return u32(~unary()); }
    if (isOp("!")) { pos++; return unary() === 0 ? 1 : 0; }
    return primary();
  };

  const binary = (ops: string[], next: () => number, apply: (op: string, a: number, b: number) => number) => (): number => {
    let a = next();
    for (;;) {
      const t = peek();
      if (t === undefined || t.t !== "op" || !ops.includes(t.v)) return a;
      pos++;
      a = u32(apply(t.v, a, next()));
    }
  };

  const mul = binary(["*", "/", "%"], unary, (op, a, b) => {
    if (op === "*") return Math.imul(a, b);
    if (b === 0) throw new Unevaluable("division by zero");
    return op === "/" ? Math.floor(a / b) : a % b;
  });
  const add = binary(["+", "-"], mul, (op, a, b) => (op === "+" ? a + b : a - b));
  const shift = binary(["<<", ">>"], add, (op, a, b) => (op === "<<" ? a << (b & 31) : a >>> (b & 31)));
  const rel = binary(["<", ">", "<=", ">="], shift, (op, a, b) => Number(op === "<" ? a < b : op === ">" ? a > b : op === "<=" ? a <= b : a >= b));
  const eq = binary(["==", "!="], rel, (op, a, b) => Number(op === "==" ? a === b : a !== b));
  const band = binary(["&"], eq, (_op, a, b) => a & b);
  const bxor = binary(["^"], band, (_op, a, b) => a ^ b);
  const bor = binary(["|"], bxor, (_op, a, b) => a | b);
  const land = binary(["&&"], bor, (_op, a, b) => Number(a !== 0 && b !== 0));
  const lor = binary(["||"], land, (_op, a, b) => Number(a !== 0 || b !== 0));
  function ternary(): number {
    const c = lor();
    if (!isOp("?")) return c;
    pos++;
    const a = ternary();
    expect(":");
    const b = ternary();
    return c !== 0 ? a : b;
  }

  const v = ternary();
  if (pos !== toks.length) throw new Unevaluable(`unexpected '${toks[pos]!.v}'`);
  return u32(v);
}
