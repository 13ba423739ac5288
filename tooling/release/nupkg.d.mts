// Types of nupkg.mjs, for the tests.
export declare function normalizeNupkg(bytes: Buffer | Uint8Array, epochSeconds: number): Buffer;
