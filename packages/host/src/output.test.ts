import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { EXIT, ExitError } from "./errors.js";
import { FdSink, Sink, writeAllSync, writeFileAtomic, type WriteFd } from "./output.js";

/** A stream that takes `accept` writes, then fails every later one with `code`. */
function failingAfter(accept: number, code: string): { stream: Writable; got: string[] } {
  const got: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      if (got.length < accept) {
        got.push(chunk.toString());
        done();
      } else done(Object.assign(new Error(`${code}: it failed, write`), { code, syscall: "write" }));
    },
  });
  return { stream, got };
}

describe("Sink", () => {
  it("writes in order and resolves once the stream took the text", async () => {
    const { stream, got } = failingAfter(10, "EPIPE");
    const sink = new Sink(stream);
    await sink.write("a");
    await sink.write(Buffer.from("b"));
    await sink.write("");
    expect(got).toEqual(["a", "b"]);
    expect(sink.closed).toBe(false);
  });

  it("a reader that went away (EPIPE) closes it quietly: later writes are no-ops", async () => {
    const { stream, got } = failingAfter(1, "EPIPE");
    const sink = new Sink(stream);
    await sink.write("first");
    await sink.write("second");
    expect(sink.closed).toBe(true);
    expect(sink.failure).toBeUndefined();
    await sink.write("third");
    expect(got).toEqual(["first"]);
  });

  it("any other write error is an I/O error (exit 4), thrown by that write and every later one", async () => {
    const { stream } = failingAfter(0, "ENOSPC");
    const sink = new Sink(stream, "the file out.json");
    const expected = new ExitError("cannot write to the file out.json (ENOSPC: it failed)", EXIT.io);
    await expect(sink.write("x")).rejects.toThrow(expected);
    await expect(sink.write("y")).rejects.toThrow(expected);
    expect(sink.failure?.exitCode).toBe(EXIT.io);
  });

  it("writeAll joins chunks into 64 KiB parts and stops producing once the reader has gone", async () => {
    const { stream, got } = failingAfter(2, "EPIPE");
    const sink = new Sink(stream);
    let produced = 0;
    function* chunks() {
      for (let i = 0; i < 1000; i++) {
        produced++;
        yield "x".repeat(1 << 12);
      }
    }
    await sink.writeAll(chunks());
    expect(got.map((g) => g.length)).toEqual([1 << 16, 1 << 16]);
    // Two parts taken, the third refused: it stopped at about 3 x 16 chunks, not 1000.
    expect(produced).toBeLessThan(60);
  });
});

/** A descriptor's writes as the kernel may answer them: a script of results, each bytes taken or an errno. */
function scripted(answers: (number | string)[]): { write: WriteFd; got: string[] } {
  const got: string[] = [];
  const write: WriteFd = (_fd, bytes, offset, length) => {
    const a = answers.shift() ?? length;
    if (typeof a === "string") throw Object.assign(new Error(`${a}: it failed, write`), { code: a, syscall: "write" });
    const n = Math.min(a, length);
    got.push(Buffer.from(bytes.subarray(offset, offset + n)).toString());
    return n;
  };
  return { write, got };
}

describe("FdSink", () => {
  it("writes everything through short writes and EAGAIN (a non-blocking descriptor), in order", async () => {
    const { write, got } = scripted([2, "EAGAIN", "EAGAIN", 1]);
    const sink = new FdSink(1, "standard output", write);
    await sink.write("hello");
    await sink.write(Buffer.from("é"));
    expect(got).toEqual(["he", "l", "lo", "é"]);
    expect(sink.closed).toBe(false);
  });

  it("a reader that went away (EPIPE) closes it quietly: later writes are no-ops", async () => {
    const { write, got } = scripted([99, "EPIPE"]);
    const sink = new FdSink(1, "standard output", write);
    await sink.write("first");
    await sink.write("second");
    expect([sink.closed, sink.failure]).toEqual([true, undefined]);
    await sink.write("third");
    expect(got).toEqual(["first"]);
  });

  it("any other write error is an I/O error (exit 4), thrown by that write and every later one", async () => {
    const { write } = scripted(["ENOSPC"]);
    const sink = new FdSink(1, "standard output", write);
    const expected = new ExitError("cannot write to standard output (ENOSPC: it failed)", EXIT.io);
    await expect(sink.write("x")).rejects.toThrow(expected);
    await expect(sink.write("y")).rejects.toThrow(expected);
  });

  it("writeAllSync throws what is not EAGAIN", () => {
    const { write } = scripted(["EAGAIN", "EBADF"]);
    expect(() => writeAllSync(9, Buffer.from("x"), write)).toThrow(/EBADF/);
  });
});

describe("writeFileAtomic", () => {
  it("writes the whole file, making its folder, with the mode asked for, and leaves no temp file", () => {
    const dir = mkdtempSync(join(tmpdir(), "winerr-host-atomic-"));
    const path = join(dir, "a", "b", "state.json");
    writeFileAtomic(path, "one\n", { mode: 0o600 });
    writeFileAtomic(path, "two\n", { mode: 0o600 });
    expect(readFileSync(path, "utf8")).toBe("two\n");
    if (process.platform !== "win32") expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(dir, "a", "b"))).toEqual(["state.json"]);
  });

  it("a failed rename leaves the target as it was and removes the temp file", () => {
    const dir = mkdtempSync(join(tmpdir(), "winerr-host-atomic-"));
    const path = join(dir, "state.json");
    // A folder with a file in it cannot be replaced by a file.
    mkdirSync(path);
    writeFileSync(join(path, "inside"), "old\n");
    expect(() => writeFileAtomic(path, "new\n")).toThrow();
    expect(readdirSync(dir)).toEqual(["state.json"]);
    expect(readFileSync(join(path, "inside"), "utf8")).toBe("old\n");
  });
});
