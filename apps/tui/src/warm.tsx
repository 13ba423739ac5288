import { PassThrough, Writable } from "node:stream";
import { render, type Instance } from "ink";
import type { Catalog } from "@winerr/core";
import { prepareSearch } from "@winerr/core/search";
import { App } from "./App.js";
import { rangeIndex } from "./model.js";
import type { Size } from "./state.js";

/** Keys the off-screen warm-up types: words, a page down, a code, the kind filter, the page (scroll, link, close) (about 10 ms each once warm). */
const WARM_KEYS = ["e", "r", "\u001b[B", "\u001b[6~", "\u0015", "0", "x", "\u0014", "\t", "j", "\t", "q", "\u0015"];

/**
 * Work for the idle time after the first frame, while the user reads it: what
 * core's search builds as queries come (prepareSearch), the number ranges
 * (`0x8007`, model.ts rangeIndex), then the same App drawn off screen (its own Ink
 * instance on a stream that discards what it gets, fed keys through a stream
 * of its own), so that V8 has compiled the query, list, React, layout and
 * output code before the first real key instead of during it. The real
 * screen and state are not touched. One step per macrotask (see warmUp), so
 * a key that arrives meanwhile waits for one step at most.
 */
export function warmSteps(catalog: Catalog, size: Size, color: boolean): Array<() => void> {
  const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => stdin, ref: () => stdin, unref: () => stdin });
  const sink = Object.assign(new Writable({ write: (_c, _e, done) => done() }), { isTTY: true, columns: size.columns, rows: size.rows });
  let instance: Instance | undefined;
  return [
    () => prepareSearch(catalog),
    () => void rangeIndex(catalog),
    () => {
      instance = render(<App catalog={catalog} size={size} color={color} writeControl={() => {}} />, {
        stdin: stdin as unknown as NodeJS.ReadStream,
        stdout: sink as unknown as NodeJS.WriteStream,
        stderr: sink as unknown as NodeJS.WriteStream,
        exitOnCtrlC: false,
        patchConsole: false,
        // Every key drawn, as the real instance draws keys that come one by one.
        maxFps: 1000,
      });
    },
    ...WARM_KEYS.map((k) => () => void stdin.write(k)),
    () => {
      instance?.unmount();
      instance?.cleanup();
      stdin.destroy();
    },
  ];
}

/** Runs `steps` one per macrotask (a key's frame is drawn before the next step), without keeping the process alive. */
export function warmUp(steps: Array<() => void>, delay = 20, gap = 0): void {
  const next = (k: number) => {
    const step = steps[k];
    if (step === undefined) return;
    setTimeout(() => {
      step();
      next(k + 1);
    }, k === 0 ? delay : gap).unref();
  };
  next(0);
}
