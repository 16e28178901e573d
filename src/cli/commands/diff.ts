import { parseArgs } from "node:util";
import { diffLadders } from "../../diff/diff-ladders.js";
import { changeMatches, FAIL_ON_WORDS, parseRenames, unmatchedRename } from "../../diff/fail-on.js";
import { didYouMean, didYouMeanText } from "../../load/suggest.js";
import { DIFF_FORMATS, type DiffFormat } from "../../report/diff/types.js";
import { UsageError, useColor, type CliIO } from "../io.js";
import { ladderFromArg } from "../load-inputs.js";
import { LOAD_OPTIONS, loadFlags, loadUsage } from "../load-flags.js";
import { writeOutput } from "../output.js";
import { diffRendererLoaders } from "../renderers-diff.js";

export const diffUsage = `Usage: ladderkit diff <old> <new> [options]

What changed between two versions of a ladder: levels, competencies, tracks, categories and scale
steps added, removed, renamed or changed, and every expectation raised or lowered on the resolved
matrix. One of the two may be - for standard input (e.g. git show HEAD~1:ladder.yaml | ...).

Options:
  --format <format>    ${DIFF_FORMATS.join(" | ")} (default: text)
  --fail-on <kinds>    exit 1 when a change of these kinds is present, comma-separated:
                       any, added, removed, renamed, changed, moved, raised, lowered, or one
                       narrowed to a subject, e.g. level-removed, expectation-lowered;
                       an empty list is a usage error
                       (a ladder that does not validate exits 1 too, with its errors)
  --rename <old=new>   take this rename as given (repeatable); subject:old=new narrows it to
                       step, category, competency, track or level. It comes before equal ids:
                       if the old ladder has a 'new' too, that one is reported removed
  --out <file>         write the diff to a file (default: standard output)
${loadUsage(23)}
  -h, --help           show this help`;

function parseFailOn(value: string | undefined): string[] {
  if (value === undefined) return [];
  const words = value.split(",").map((w) => w.trim()).filter((w) => w !== "");
  // Built from an unset variable (--fail-on "$KINDS"), an empty list would turn the gate off unseen.
  if (words.length === 0) throw new UsageError(`--fail-on names no kind (got '${value}'): give at least one, e.g. any or lowered,removed`);
  for (const word of words)
    if (!FAIL_ON_WORDS.includes(word)) throw new UsageError(`--fail-on: unknown kind '${word}'${didYouMeanText(didYouMean(word, FAIL_ON_WORDS))}`);
  return words;
}

/** `ladderkit diff`: the changes between two versions of a ladder. */
export async function diff(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: "string", default: "text" },
      "fail-on": { type: "string" },
      rename: { type: "string", multiple: true, default: [] },
      out: { type: "string" },
      ...LOAD_OPTIONS,
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(`${diffUsage}\n`);
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError(positionals.length < 2 ? "two ladders are required: <old> <new>" : `unexpected argument '${positionals[2]}'`);
  const [before, after] = positionals as [string, string];
  if (before === "-" && after === "-") throw new UsageError("only one of the two ladders can be read from standard input");
  if (!(DIFF_FORMATS as readonly string[]).includes(values.format)) throw new UsageError(`unknown format '${values.format}'; expected one of: ${DIFF_FORMATS.join(", ")}`);
  const failOn = parseFailOn(values["fail-on"]);
  const renames = parseRenames(values.rename);
  if (typeof renames === "string") throw new UsageError(renames);

  const flags = loadFlags(values);
  const old = await ladderFromArg(io, before, flags);
  const next = await ladderFromArg(io, after, flags);
  if (!old.ladder || !next.ladder) return Math.max(old.code, next.code);
  const unmatched = unmatchedRename(renames, old.ladder, next.ladder);
  if (unmatched !== undefined) throw new UsageError(unmatched);
  const result = diffLadders(old.ladder, next.ladder, { renames });
  const format = values.format as DiffFormat;
  const color = format === "text" && values.out === undefined && useColor(io);
  const render = await diffRendererLoaders[format]();
  await writeOutput(io, render(result, { color }), values.out, [...old.read, ...next.read]);
  return result.changes.some((c) => changeMatches(c, failOn)) ? 1 : 0;
}
