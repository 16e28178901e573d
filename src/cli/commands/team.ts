import { parseArgs } from "node:util";
import { analyzeTeam } from "../../gap/team.js";
import type { Profile } from "../../model/profile.js";
import { GAP_FORMATS, type GapFormat } from "../../report/gap/types.js";
import { expandInputs } from "../files.js";
import { UsageError, useColor, type CliIO } from "../io.js";
import { ladderFromFlag, profileFromFile } from "../load-inputs.js";
import { writeOutput } from "../output.js";
import { teamRendererLoaders } from "../renderers.js";

export const teamUsage = `Usage: ladderkit team <profiles | directories>... --ladder <file> [options]

The team view: who is ready for which level, the gaps most people share, people per band.

Options:
  --ladder <file>      the ladder every profile is read against (required)
  --format <format>    ${GAP_FORMATS.join(" | ")} (default: text)
  --out <file>         write the report to a file (default: standard output)
  --allow-extends-outside  let the ladder extend a base outside its own folder tree
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
      "allow-extends-outside": { type: "boolean", default: false },
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
  const { ladder, code } = await ladderFromFlag(io, values.ladder, values["allow-extends-outside"]);
  if (!ladder) return code;

  const profiles: Profile[] = [];
  let worst = 0;
  for (const input of await expandInputs(positionals, io.cwd)) {
    if (input.kind !== "file") {
      io.stderr(`ladderkit team: ${input.kind === "missing" ? `${input.path}: file not found` : "standard input is not supported here"}\n`);
      worst = 2;
      continue;
    }
    const loaded = await profileFromFile(io, input.path, ladder);
    if (loaded.profile) profiles.push(loaded.profile);
    else worst = Math.max(worst, loaded.code);
  }
  if (worst > 0) return worst;
  const format = values.format as GapFormat;
  const color = format === "text" && values.out === undefined && useColor(io);
  const render = await teamRendererLoaders[format]();
  await writeOutput(io, render(analyzeTeam(ladder, profiles), { color }), values.out, [values.ladder, ...positionals]);
  return 0;
}
