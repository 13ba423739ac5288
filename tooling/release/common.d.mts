// Types of common.mjs, for the tests.
export declare const REPO: string;
export declare function releaseInfo(): {
  version: string;
  engines: string;
  minNode: [number, number];
  homepage: string;
  repository: { type: string; url: string };
  bugs: { url: string };
  sourceDateEpoch: number;
};
