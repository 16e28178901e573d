import { parseArgs } from "node:util";
import { explainLevel } from "../../gap/explain.js";
import { didYouMean, didYouMeanText } from "../../load/suggest.js";
import type { ResolvedLadder } from "../../model/resolved.js";
import { EXPLAIN_FORMATS, renderExplanation, type ExplainFormat } from "../../report/explain/index.js";
import { UsageError, type CliIO } from "../io.js";
import { ladderFromArg } from "../load-inputs.js";
import { LOAD_OPTIONS, loadFlags, loadUsage } from "../load-flags.js";
import { writeOutput } from "../output.js";

export const explainUsage = `Usage: ladderkit explain <ladder> <level> [options]

What is new at a level: raised expectations (with what the new step looks like), newly expected
competencies, lowered ones (across a branch or a track switch), band and scope. Compared with the
level below it on its track (its branch point for the first level of a branch), or any level.

Options:
  --from <level>             compare with this level instead (say, across a track switch)
  --format <format>          ${EXPLAIN_FORMATS.join(" | ")} (default: text)
  --out <file>               write it to a file (default: standard output)
${loadUsage(29)}
  -h, --help                 show this help`;

function checkLevel(ladder: ResolvedLadder, id: string, what: string): void {
  if (!ladder.levelById.has(id))
    throw new UsageError(`${what} '${id}' is not a level of ladder '${ladder.id}'${didYouMeanText(didYouMean(id, ladder.levelById.keys()))}`);
}

/** `ladderkit explain`: what is new at a level. */
export async function explain(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      from: { type: "string" },
      format: { type: "string", default: "text" },
      out: { type: "string" },
      ...LOAD_OPTIONS,
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(`${explainUsage}\n`);
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError("expected a ladder file and a level id");
  const format = values.format as ExplainFormat;
  if (!EXPLAIN_FORMATS.includes(format)) throw new UsageError(`unknown format '${values.format}'; expected one of: ${EXPLAIN_FORMATS.join(", ")}`);
  const [file, level] = positionals as [string, string];
  const { ladder, code, read } = await ladderFromArg(io, file, loadFlags(values));
  if (!ladder) return code;
  checkLevel(ladder, level, "level");
  if (values.from !== undefined) checkLevel(ladder, values.from, "--from");
  if (values.from === level) throw new UsageError(`--from '${level}' is the level itself`);
  await writeOutput(io, renderExplanation(explainLevel(ladder, level, { from: values.from }), format), values.out, read);
  return 0;
}
