import { parseArgs } from "node:util";
import { analyzeGap } from "../../gap/analyze-gap.js";
import { shortestPath } from "../../model/graph.js";
import { didYouMeanText, didYouMean } from "../../load/suggest.js";
import { GAP_FORMATS, type GapFormat } from "../../report/gap/types.js";
import { UsageError, useColor, type CliIO } from "../io.js";
import { LOAD_OPTIONS, loadFlags, loadUsage } from "../load-flags.js";
import { ladderFromArg, profileFromFile } from "../load-inputs.js";
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
${loadUsage()}
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
      ...LOAD_OPTIONS,
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
  const flags = loadFlags(values);

  let given;
  if (values.ladder !== undefined) {
    given = await ladderFromArg(io, values.ladder, flags);
    if (!given.ladder) return given.code;
  }
  const loaded = await profileFromFile(io, values.profile, given?.ladder, flags);
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
  const render = await gapRendererLoaders[format]();
  // Every file read (the profile, its ladder and the bases that extends): --out replaces none of them.
  await writeOutput(io, render(report, { color }), values.out, [...loaded.read, ...(given?.read ?? [])]);
  return 0;
}
