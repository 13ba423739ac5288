// vitest suites that need an optional tool, with one policy for all of them:
// tool there: the tests run; tool missing: one line naming the suite and the
// tool, and the tests are reported as skipped; missing under CI=true: the
// tests fail with that line. A suite body still runs at collection time when
// it is skipped, so it must do no tool work there: call need() in beforeAll
// or in a test.
import { beforeAll, describe, it, type TestFunction } from "vitest";
import { findTool, missingReason, toolsRequired, type FindOptions, type Tool, type ToolName } from "./tools.js";

export * from "./tools.js";

export class MissingToolError extends Error {
  override name = "MissingToolError";
}

export interface OptionalTool extends Tool {
  readonly available: boolean;
  /** The tool's path (for wine: the PE folder). Throws, naming the tool, when it is missing. */
  need(): string;
  /** A describe block that needs the tool. */
  describe(title: string, fn: () => void): void;
  /** A test that needs the tool. */
  it(title: string, fn: TestFunction, timeout?: number): void;
}

/** Finds `name` (honouring WINERR_HIDE_TOOLS) and returns vitest helpers that apply the policy. */
export function optionalTool(name: ToolName, options: FindOptions = {}): OptionalTool {
  const tool = findTool(name, options);
  const required = toolsRequired(options.env ?? process.env);
  const available = tool.path !== undefined;
  const reason = () => missingReason(tool) + (required ? " [CI=true: a missing tool fails]" : "");
  const need = (): string => {
    if (tool.path === undefined) throw new MissingToolError(reason());
    return tool.path;
  };
  const say = (kind: string, title: string) => {
    if (required) console.error(`\nFAILING ${kind} "${title}": ${reason()}\n`);
    else console.warn(`\nSKIPPED ${kind} "${title}": ${reason()}\n`);
  };
  return {
    ...tool,
    available,
    need,
    describe(title, fn) {
      if (available) return void describe(title, fn);
      say("suite", title);
      if (!required) return void describe.skip(title, fn);
      describe(title, () => {
        beforeAll(() => void need());
        fn();
      });
    },
    it(title, fn, timeout) {
      if (available) return void it(title, fn, timeout);
      say("test", title);
      if (!required) return void it.skip(title, fn, timeout);
      it(title, () => void need(), timeout);
    },
  };
}
