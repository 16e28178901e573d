import type { DiagnosticsFormat } from "../report/diagnostics/index.js";
import { github } from "../report/diagnostics/github.js";
import { json } from "../report/diagnostics/json.js";
import { stylish } from "../report/diagnostics/stylish.js";
import type { Formatter } from "../report/diagnostics/types.js";

/**
 * The diagnostics formatters by name, as loaders: the everyday ones are at hand, the rarely used
 * ones are imported on first use, so `validate` starts without them (the bundled CLI keeps them in
 * chunks of their own). Same names, in the same order, as `formatters` in report/diagnostics.
 */
export const formatterLoaders = {
  stylish: async () => stylish,
  json: async () => json,
  github: async () => github,
  sarif: async () => (await import("../report/diagnostics/sarif.js")).sarif,
  junit: async () => (await import("../report/diagnostics/junit.js")).junit,
  markdown: async () => (await import("../report/diagnostics/markdown.js")).markdown,
} satisfies Record<DiagnosticsFormat, () => Promise<Formatter>>;
