/**
 * Resolves once Yoga, Ink's layout engine, is loaded: at once here, since
 * yoga-layout's ES module awaits its WebAssembly at its top level. The
 * CommonJS bundle (build.mjs), where nothing can await at the top level,
 * gets this module replaced by one that passes on Yoga's own promise
 * (@winerr/bundle), and mount.tsx's callers await it before Ink renders.
 */
export const yogaReady: Promise<void> = Promise.resolve();
