import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { analyzeGap } from "../../gap/analyze-gap.js";
import { shortestPath } from "../../model/graph.js";
import { didYouMeanText, didYouMean } from "../../load/suggest.js";
import { GAP_FORMATS, type GapFormat } from "../../report/gap/types.js";
import { UsageError, useColor, type CliIO } from "../io.js";
import { LIMIT_OPTION, LIMIT_USAGE, parseLimitFlags } from "../limit-flags.js";
import { ladderFromFlag, profileFromFile } from "../load-inputs.js";
import { writeOutput } from "../output.js";
import { gapRendererLoaders } from "../renderers.js";

export const gapUsage = `Usage: ladderkit gap --profile <file> [options]

A gap report: where a person stands against the next level or levels (each branch at a fork),
or against any level, reached by promotions and track switches.

Options:
  --profile <file>     the profile (required); it names its ladder by a relative path
  --ladder <file>      use this ladder instead of the one the profile names
  --target <level>     the level to aim at (default: the profile's target, else the next level)
  --format <format>    ${GAP_FORMATS.join(" | ")} (default: text)
  --out <file>         write the report to a file (default: standard output)
${LIMIT_USAGE}
  -h, --help           show this help`;

/** `ladderkit gap`: one person's gap report. */
export async function gap(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      profile: { type: "string" },
      ladder: { type: "string" },
      target: { type: "string" },
      format: { type: "string", default: "text" },
      out: { type: "string" },
      ...LIMIT_OPTION,
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(`${gapUsage}\n`);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  if (values.profile === undefined) throw new UsageError("--profile is required");
  if (!(GAP_FORMATS as readonly string[]).includes(values.format)) throw new UsageError(`unknown format '${values.format}'; expected one of: ${GAP_FORMATS.join(", ")}`);
  const limits = parseLimitFlags(values.limit);

  let ladder;
  if (values.ladder !== undefined) {
    const loaded = await ladderFromFlag(io, values.ladder, limits);
    if (!loaded.ladder) return loaded.code;
    ladder = loaded.ladder;
  }
  const loaded = await profileFromFile(io, values.profile, ladder, limits);
  if (!loaded.profile || !loaded.ladder) return loaded.code;
  const target = values.target;
  if (target !== undefined) {
    if (!loaded.ladder.levelById.has(target))
      throw new UsageError(`--target '${target}' is not a level of ladder '${loaded.ladder.id}'${didYouMeanText(didYouMean(target, loaded.ladder.levelById.keys()))}`);
    if (target === loaded.profile.level) throw new UsageError(`--target '${target}' is the current level`);
    if (!shortestPath(loaded.ladder, loaded.profile.level, target))
      throw new UsageError(`--target '${target}' cannot be reached from '${loaded.profile.level}'`);
  }
  const report = analyzeGap(loaded.ladder, loaded.profile, { target });
  const format = values.format as GapFormat;
  const color = format === "text" && values.out === undefined && useColor(io);
  // The ladder the profile names is read too: --out must not replace it either.
  const named = resolve(dirname(resolve(io.cwd, values.profile)), loaded.profile.ladder);
  const inputs = [values.profile, values.ladder ?? named];
  const render = await gapRendererLoaders[format]();
  await writeOutput(io, render(report, { color }), values.out, inputs);
  return 0;
}
