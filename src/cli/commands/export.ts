import { parseArgs } from "node:util";
import { UsageError, type CliIO } from "../io.js";
import { exportLoaders, type ExportFormat } from "../exporters.js";
import { ladderFromArg } from "../load-inputs.js";
import { LOAD_OPTIONS, loadFlags, loadUsage } from "../load-flags.js";
import { writeOutput } from "../output.js";
import { rebasedSchema } from "../schema-line.js";

const FORMATS = Object.keys(exportLoaders) as ExportFormat[];

export const exportUsage = `Usage: ladderkit export <ladder> --format <format> [options]

Writes a ladder (or - for standard input) in another format:
  yaml   one standalone ladder: every base it extends merged in, each level writing only the
         expectations it sets
  csv    the competency x level matrix HR keeps in a spreadsheet (RFC 4180, UTF-8); cells a
         spreadsheet would run as formulas are neutralised; ladderkit import reads it back
  case   a 1EdTech CASE 1.1 package (JSON) with stable UUIDv5 identifiers

Options:
  --format <format>    ${FORMATS.join(" | ")} (required)
  --out <file>         write to a file (default: standard output)
  --date <date>        case: lastChangeDateTime, YYYY-MM-DD or an ISO 8601 date-time
                       (default: from the ladder's version, e.g. 2026.1 gives 2026-01-01;
                       1970-01-01 for a version that starts with no year, e.g. 1.2.0)
  --base-uri <uri>     case: the URIs are <uri><identifier> (default: urn:uuid:)
  --creator <name>     case: the document's creator (default: ladderkit)
  --schema <path>      yaml: the $schema path on the first line (default: the ladder's, rebased)
${loadUsage(23)}
  -h, --help           show this help`;

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:Z|[+-](\d{2}):(\d{2})))?$/;

/** Whether `text` is a date (or date-time) that `DATE` matches and the calendar has: no 2026-02-30, no 25:61. */
function isRealDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  // The parts a date alone lacks read as 0.
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, offsetHour = 0, offsetMinute = 0] = match.slice(1).map((part) => Number(part ?? 0));
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const calendar = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return calendar && hour <= 23 && minute <= 59 && second <= 59 && offsetHour <= 23 && offsetMinute <= 59;
}

/** `ladderkit export`: a ladder as standalone YAML, as CSV or as a CASE package. */
export async function exportLadder(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: "string" },
      out: { type: "string" },
      date: { type: "string" },
      "base-uri": { type: "string" },
      creator: { type: "string" },
      schema: { type: "string" },
      ...LOAD_OPTIONS,
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(`${exportUsage}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "a ladder is required" : `unexpected argument '${positionals[1]}'`);
  if (values.format === undefined) throw new UsageError(`--format is required: ${FORMATS.join(" or ")}`);
  if (!Object.hasOwn(exportLoaders, values.format)) throw new UsageError(`unknown format '${values.format}'; expected one of: ${FORMATS.join(", ")}`);
  if (values.date !== undefined && !isRealDate(values.date)) throw new UsageError(`--date must be YYYY-MM-DD or an ISO 8601 date-time, a real one; got '${values.date}'`);
  const file = positionals[0]!;
  const { ladder, code, read, text: source } = await ladderFromArg(io, file, loadFlags(values));
  if (!ladder) return code;
  const write = await exportLoaders[values.format as ExportFormat]();
  const schema = values.format === "yaml" ? (values.schema ?? rebasedSchema(io, file, source, values.out)) : undefined;
  const text = write(ladder, { lastChange: values.date, baseUri: values["base-uri"], creator: values.creator, schema });
  await writeOutput(io, text, values.out, read);
  return 0;
}
