import { json } from "../report/gap/json.js";
import { teamText } from "../report/gap/team-text.js";
import { text } from "../report/gap/text.js";
import type { GapFormat, GapRenderer, TeamRenderer } from "../report/gap/types.js";

// The same renderers as `gapRenderers` and `teamRenderers` in report/gap, as loaders: Markdown and
// HTML (with its style sheet and charts) are imported only when asked for.

/** Gap report renderers by format, loaded on use. */
export const gapRendererLoaders = {
  json: async () => json,
  markdown: async () => (await import("../report/gap/markdown.js")).markdown,
  html: async () => (await import("../report/gap/html.js")).html,
  text: async () => text,
} satisfies Record<GapFormat, () => Promise<GapRenderer>>;

/** Team report renderers by format, loaded on use. */
export const teamRendererLoaders = {
  json: async () => json,
  markdown: async () => (await import("../report/gap/team-markdown.js")).teamMarkdown,
  html: async () => (await import("../report/gap/team-html.js")).teamHtml,
  text: async () => teamText,
} satisfies Record<GapFormat, () => Promise<TeamRenderer>>;
