// Inlined by build.mjs (esbuild define) from the root package.json; tests see "dev".
declare const __WINERR_VERSION__: string | undefined;
export const VERSION: string = typeof __WINERR_VERSION__ === "string" ? __WINERR_VERSION__ : "0.0.0-dev";
