import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { toDiagnostic } from "../../diagnostic.js";
import { visible } from "../../report/diagnostics/code-frame.js";
import { limitFinding } from "../../load/count-limits.js";
import { resolveLimits } from "../../load/limits.js";
import { analyzeTeam } from "../../gap/team.js";
import type { Profile } from "../../model/profile.js";
import { GAP_FORMATS, type GapFormat } from "../../report/gap/types.js";
import { expandInputs, nothingToRead } from "../files.js";
import { UsageError, useColor, type CliIO } from "../io.js";
import { LOAD_OPTIONS, loadFlags, loadUsage } from "../load-flags.js";
import { ladderFromArg, profileFromFile, reportProblems } from "../load-inputs.js";
import { writeOutput } from "../output.js";
import { teamRendererLoaders } from "../renderers.js";

export const teamUsage = `Usage: ladderkit team <profiles | directories>... --ladder <file> [options]

The team view: who is ready for which level, the gaps most people share, people per band.

Options:
  --ladder <file>      the ladder every profile is read against (required)
  --format <format>    ${GAP_FORMATS.join(" | ")} (default: text)
  --out <file>         write the report to a file (default: standard output)
${loadUsage()}
  -h, --help           show this help`;

/** `ladderkit team`: the team view over many profiles. */
export async function team(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ladder: { type: "string" },
      format: { type: "string", default: "text" },
      out: { type: "string" },
      ...LOAD_OPTIONS,
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(`${teamUsage}\n`);
    return 0;
  }
  if (values.ladder === undefined) throw new UsageError("--ladder is required");
  if (positionals.length === 0) throw new UsageError("no profiles given");
  if (!(GAP_FORMATS as readonly string[]).includes(values.format)) throw new UsageError(`unknown format '${values.format}'; expected one of: ${GAP_FORMATS.join(", ")}`);
  const flags = loadFlags(values);
  const given = await ladderFromArg(io, values.ladder, flags);
  const { ladder } = given;
  if (!ladder) return given.code;

  const inputs = await expandInputs(positionals, io.cwd);
  const files = inputs.flatMap((input) => (input.kind === "file" ? [input.path] : []));
  const { maxProfiles } = resolveLimits(flags.limits);
  if (files.length > maxProfiles) {
    // Refused before any is read: a run is bounded by the limit, not by what a folder holds.
    const file = files[maxProfiles]!;
    const finding = limitFinding("maxProfiles", maxProfiles, "profiles in one team run", []);
    reportProblems(io, file, [toDiagnostic(finding, file, { line: 1, column: 1, endLine: 1, endColumn: 1 })]);
    return 1;
  }
  const profiles: Profile[] = [];
  let worst = 0;
  for (const input of inputs) {
    if (input.kind !== "file") {
      const nothing = input.kind === "stdin" ? undefined : nothingToRead(input);
      const problem = nothing ? `${nothing.name}: ${nothing.problem}` : "standard input is not supported here";
      io.stderr(`ladderkit team: ${visible(problem)}\n`);
      worst = 2;
      continue;
    }
    const loaded = await profileFromFile(io, input.path, ladder, flags);
    if (loaded.profile) profiles.push(loaded.profile);
    else worst = Math.max(worst, loaded.code);
  }
  if (worst > 0) return worst;
  const format = values.format as GapFormat;
  const color = format === "text" && values.out === undefined && useColor(io);
  const render = await teamRendererLoaders[format]();
  await writeOutput(io, render(analyzeTeam(ladder, profiles), { color }), values.out, [...given.read, ...files.map((file) => resolve(io.cwd, file))]);
  return 0;
}
