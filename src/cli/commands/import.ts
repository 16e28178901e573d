import { parseArgs } from "node:util";
import { importCsv } from "../../csv/import.js";
import { stringifyLadder } from "../../report/ladder-yaml.js";
import { UsageError, type CliIO } from "../io.js";
import { ladderFromArg, reportProblems, textFromArg } from "../load-inputs.js";
import { LOAD_OPTIONS, loadFlags, loadUsage } from "../load-flags.js";
import { writeOutput } from "../output.js";
import { rebasedSchema } from "../schema-line.js";

export const importUsage = `Usage: ladderkit import <csv> --ladder <base> [options]

Reads the competency x level matrix from a CSV (as ladderkit export --format csv writes it; - for
standard input) and writes a ladder: the base ladder's scale, categories, tracks and levels with
the CSV's competencies and expectations, each level writing only what changes from the level
below. Problems are reported at their line and column in the CSV.

Options:
  --ladder <file>      the base ladder (required)
  --out <file>         write the ladder to a file (default: standard output)
  --schema <path>      the $schema path on the first line (default: the base ladder's, rebased)
${loadUsage(23)}
  -h, --help           show this help`;

/** `ladderkit import`: a ladder from a CSV matrix and a base ladder. */
export async function importLadder(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ladder: { type: "string" },
      out: { type: "string" },
      schema: { type: "string" },
      ...LOAD_OPTIONS,
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(`${importUsage}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "a CSV file is required" : `unexpected argument '${positionals[1]}'`);
  if (values.ladder === undefined) throw new UsageError("--ladder is required: the base ladder supplies the scale, tracks and levels");
  const file = positionals[0]!;
  const flags = loadFlags(values);
  const base = await ladderFromArg(io, values.ladder, flags);
  if (!base.ladder) return base.code;
  const name = file === "-" ? "<stdin>" : file;
  const read = await textFromArg(io, file, flags, name);
  if (!("text" in read)) return read.code;
  const { ladder, diagnostics } = importCsv(read.text, base.ladder, { filename: name, limits: flags.limits });
  reportProblems(io, name, diagnostics);
  if (!ladder) return 1;
  const schema = values.schema ?? rebasedSchema(io, values.ladder, base.text, values.out);
  await writeOutput(io, stringifyLadder(ladder, { schema }), values.out, [...base.read, ...(file === "-" ? [] : [file])]);
  return 0;
}
