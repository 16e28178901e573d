import { parseArgs } from "node:util";
import type { ResolvedLadder } from "../../model/resolved.js";
import { UsageError, type CliIO } from "../io.js";
import { ladderFromArg } from "../load-inputs.js";
import { LOAD_OPTIONS, loadFlags, loadUsage } from "../load-flags.js";
import { writeOutput } from "../output.js";

const FORMATS = ["markdown", "html"] as const;

export const renderUsage = `Usage: ladderkit render <ladder> [options]

Renders a ladder to publish it: the tracks side by side by band, each level's summary, the
competency matrix and what each step looks like. A ladder that extends another is rendered merged.

Options:
  --format <format>          ${FORMATS.join(" | ")} (default: markdown); html is one self-contained page
  --out <file>               write it to a file (default: standard output)
${loadUsage(29)}
  -h, --help                 show this help`;

// Each format's renderer is imported when it is asked for: HTML brings its stylesheet.
const renderers: Record<(typeof FORMATS)[number], () => Promise<(ladder: ResolvedLadder) => string>> = {
  markdown: async () => (await import("../../report/ladder/markdown.js")).ladderMarkdown,
  html: async () => (await import("../../report/ladder/html.js")).ladderHtml,
};

/** `ladderkit render`: a ladder as Markdown or one HTML page. */
export async function render(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: "string", default: "markdown" },
      out: { type: "string" },
      ...LOAD_OPTIONS,
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(`${renderUsage}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError("expected exactly one ladder file");
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format '${values.format}'; expected one of: ${FORMATS.join(", ")}`);
  const { ladder, code, read } = await ladderFromArg(io, positionals[0]!, loadFlags(values));
  if (!ladder) return code;
  await writeOutput(io, (await renderers[format]())(ladder), values.out, read);
  return 0;
}
