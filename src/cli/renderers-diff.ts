import type { DiffFormat, DiffRenderer } from "../report/diff/types.js";

// The diff renderers as loaders, like renderers.ts: `diff` loads only the format it writes.

/** Ladder diff renderers by format, loaded on use. */
export const diffRendererLoaders = {
  text: async () => (await import("../report/diff/text.js")).diffText,
  markdown: async () => (await import("../report/diff/markdown.js")).diffMarkdown,
  json: async () => (await import("../report/gap/json.js")).json,
} satisfies Record<DiffFormat, () => Promise<DiffRenderer>>;
