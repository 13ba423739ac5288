import { render, type Instance } from "ink";
import type { Catalog } from "@winerr/core";
import { App, type AppProps } from "./App.js";
import { loadPages } from "./pages.js";
import type { Size } from "./state.js";
import { warmSteps, warmUp } from "./warm.js";

export { yogaReady } from "./yoga-ready.js";

/**
 * React, Ink and App: what run.tsx imports once the first frame is painted
 * (paint.ts), a chunk of its own in the bundle. Renders App on `stdout`; its
 * first write clears the painted frame.
 */
export function mount(props: AppProps, io: { stdin: NodeJS.ReadStream; stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream }): Instance {
  return render(<App {...props} />,
    // maxFps: a key after a quiet spell is drawn at once (the throttle's leading edge), a burst at most
    // every 4 ms. Not incrementalRendering: Ink 6.8's incremental writer starts one row too low when
    // the frame ends in a newline (ours does: the last row stays empty), so every later frame is drawn shifted.
    { ...io, exitOnCtrlC: false, patchConsole: true, maxFps: 250 },
  );
}

/** Once the first frame is out: the page model (its chunk), then the search's folded text and a warm-up of the query code (warm.tsx). */
export function afterMount(catalog: Catalog, size: Size, color: boolean): void {
  void loadPages().then(() => warmUp(warmSteps(catalog, size, color)));
}

/**
 * Build time only (program.ts warmCodeCache): the App drawn off screen
 * through the warm-up's keys; resolves when they are done.
 */
export function warmOffScreen(catalog: Catalog, size: Size): Promise<void> {
  return new Promise((done) => {
    // warmUp's timers do not keep the process alive: this one does, until the end.
    const alive = setInterval(() => {}, 1000);
    warmUp([...warmSteps(catalog, size, true), () => {
      clearInterval(alive);
      done();
    }], 0, 5);
  });
}
