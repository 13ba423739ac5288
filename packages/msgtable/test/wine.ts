import { readdirSync } from "node:fs";

/** The PE files in a folder (Wine's DLLs), sorted. */
export const dllsIn = (dir: string): string[] => readdirSync(dir).filter((f) => /\.(dll|exe|acm|drv|ocx|sys|cpl)$/i.test(f)).sort();
