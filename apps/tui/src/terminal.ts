/**
 * What the terminal can do, from the environment: whether it can draw at
 * all (TERM=dumb cannot move the cursor), and whether it takes UTF-8 (the
 * locale says so) or gets ASCII stand-ins for the UI's symbols.
 */

/** The locale that decides the character set, as POSIX orders them: LC_ALL, LC_CTYPE, LANG. */
export function ctypeLocale(env: NodeJS.ProcessEnv): string {
  for (const name of ["LC_ALL", "LC_CTYPE", "LANG"]) {
    const v = env[name];
    if (v !== undefined && v !== "") return v;
  }
  return "";
}

/**
 * Whether to draw UTF-8: the locale names UTF-8 (en_US.UTF-8, C.utf8). An
 * unset locale is POSIX's "C", so ASCII, except on Windows, whose terminals
 * take UTF-8 without a locale.
 */
export function wantsUtf8(env: NodeJS.ProcessEnv, platform: string = process.platform): boolean {
  const locale = ctypeLocale(env);
  if (locale === "") return platform === "win32";
  return /utf-?8/i.test(locale);
}

/** TERM=dumb (Emacs' shell, some CI logs): no cursor movement, so no screen to draw. */
export function isDumb(env: NodeJS.ProcessEnv): boolean {
  return env["TERM"] === "dumb";
}

/** One cell of ASCII for each symbol the UI draws; other non-ASCII characters become "?". */
const ASCII: Record<string, string> = {
  "›": ">",
  "▸": ">",
  "…": "~",
  "·": "-",
  "─": "-",
  "│": "|",
  "↑": "^",
  "↓": "v",
  "⌫": "<",
  "‘": "'",
  "’": "'",
  "“": '"',
  "”": '"',
  "–": "-",
  "—": "-",
  "\u00a0": " ",
};

/** `text` with every non-ASCII character replaced by one ASCII cell. */
export function toAscii(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(text)) return text;
  // eslint-disable-next-line no-control-regex
  return text.replace(/[^\u0000-\u007f]/gu, (ch) => ASCII[ch] ?? "?");
}

/**
 * The screen stream seen through `toAscii`: Ink measures and lays out the
 * UTF-8 frame, and each character reaches the terminal as one ASCII cell, so
 * the layout holds.
 */
export function asciiStream(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  return mapWrites(stream, toAscii);
}

/** `stream` with each string written through `map` first (everything else as the stream has it). */
export function mapWrites(stream: NodeJS.WriteStream, map: (text: string) => string): NodeJS.WriteStream {
  const write = (chunk: unknown, ...rest: unknown[]) =>
    (stream.write as (...a: unknown[]) => boolean).call(stream, typeof chunk === "string" ? map(chunk) : chunk, ...rest);
  return new Proxy(stream, {
    get(target, prop) {
      if (prop === "write") return write;
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}
