import { dirname, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { readText } from "../../api/load.js";
import { parseProfile } from "../../api/parse.js";
import { compareDiagnostics, hasErrors } from "../../diagnostic.js";
import { diffLadders } from "../../diff/diff-ladders.js";
import { parseRenames, unmatchedRename } from "../../diff/fail-on.js";
import { migrateProfileText } from "../../migrate/profile-text.js";
import { UsageError, type CliIO } from "../io.js";
import { ladderFromArg } from "../load-inputs.js";
import { failureCode, reportProblems } from "../load-inputs.js";
import { LOAD_OPTIONS, loadFlags, loadUsage } from "../load-flags.js";
import { writeOutput } from "../output.js";
import { withRebasedSchemaLine } from "../schema-line.js";

export const migrateUsage = `Usage: ladderkit migrate <profile> --to <ladder> [options]

Carries a profile over to a new version of its ladder: level, target, rating and goal ids that
were renamed are mapped, and what cannot be mapped (a removed level, competency or step) is
reported with its line in the profile. The profile's comments and layout are kept, and its
'ladder' names the new version. The migrated profile is then checked against the new ladder.

Options:
  --to <file>          the new version of the ladder (required)
  --from <file>        the old version (default: the ladder the profile names)
  --rename <old=new>   take this rename as given (repeatable), as in ladderkit diff
  --out <file>         write the migrated profile to a file (default: standard output)
${loadUsage(23)}
  -h, --help           show this help`;

/** A path from the folder of `from` to `to`, with forward slashes, as profiles write their ladder. */
const relativeTo = (from: string, to: string) => relative(dirname(from), to).split(sep).join("/");

/** `ladderkit migrate`: a profile carried over to a new version of its ladder. */
export async function migrate(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      to: { type: "string" },
      from: { type: "string" },
      rename: { type: "string", multiple: true, default: [] },
      out: { type: "string" },
      ...LOAD_OPTIONS,
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(`${migrateUsage}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "a profile is required" : `unexpected argument '${positionals[1]}'`);
  if (values.to === undefined) throw new UsageError("--to is required");
  if (values.to === "-" || values.from === "-") throw new UsageError("--to and --from must name files: the migrated profile names its ladder by path");
  const renames = parseRenames(values.rename);
  if (typeof renames === "string") throw new UsageError(renames);
  const file = positionals[0]!;
  const path = resolve(io.cwd, file);

  const flags = loadFlags(values);
  const read = await readText(path, { filename: file, limits: flags.limits });
  if ("diagnostic" in read) return reportAndCode(io, file, [read.diagnostic]);
  const shaped = parseProfile(read.text, { filename: file, limits: flags.limits });
  if (!shaped.profile) return reportAndCode(io, file, shaped.diagnostics);
  const from = values.from ?? relative(io.cwd, resolve(dirname(path), shaped.profile.ladder));
  const before = await ladderFromArg(io, from, flags);
  const after = await ladderFromArg(io, values.to, flags);
  if (!before.ladder || !after.ladder) return Math.max(before.code, after.code);
  const unmatched = unmatchedRename(renames, before.ladder, after.ladder);
  if (unmatched !== undefined) throw new UsageError(unmatched);

  const written = resolve(io.cwd, values.out !== undefined && values.out !== "-" ? values.out : file);
  const ladder = relativeTo(written, resolve(io.cwd, values.to));
  const diff = diffLadders(before.ladder, after.ladder, { renames });
  // Given back its byte order mark, so the migrated file keeps it.
  const migrated = migrateProfileText(read.bom ? `\uFEFF${read.text}` : read.text, diff, { filename: file, ladder, limits: flags.limits });
  reportProblems(io, file, migrated.diagnostics);
  if (migrated.text === undefined) return failureCode(migrated.diagnostics);
  // Written elsewhere, the profile's `$schema` line is rebased as its `ladder:` is.
  const text = withRebasedSchemaLine(migrated.text, dirname(path), dirname(written));
  await writeOutput(io, text, values.out, [file, ...before.read, ...after.read]);
  // What the new ladder says of the result: unrated new competencies, a level that is still missing.
  const outName = values.out !== undefined && values.out !== "-" ? values.out : "<migrated>";
  const checked = parseProfile(text, { filename: outName, ladder: after.ladder, limits: flags.limits }).diagnostics.sort(compareDiagnostics);
  reportProblems(io, outName, checked);
  return hasErrors(migrated.diagnostics) || hasErrors(checked) ? 1 : 0;
}

function reportAndCode(io: CliIO, file: string, diagnostics: Parameters<typeof reportProblems>[2]): number {
  reportProblems(io, file, diagnostics);
  return failureCode(diagnostics);
}
