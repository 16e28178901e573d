import { parseArgs } from "node:util";
import { renderTracksText } from "../../report/tracks-text.js";
import { UsageError, type CliIO } from "../io.js";
import { LOAD_OPTIONS, loadFlags, loadUsage } from "../load-flags.js";
import { ladderFromArg } from "../load-inputs.js";

export const tracksUsage = `Usage: ladderkit tracks <ladder> [options]

Shows a ladder's tracks side by side, one row per band.

Options:
${loadUsage()}
  -h, --help           show this help`;

/** `ladderkit tracks`: the tracks side by side. */
export async function tracks(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...LOAD_OPTIONS, help: { type: "boolean", short: "h" } } });
  if (values.help) {
    io.stdout(`${tracksUsage}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError("expected exactly one ladder file");
  const { ladder, code } = await ladderFromArg(io, positionals[0]!, loadFlags(values));
  if (!ladder) return code;
  io.stdout(renderTracksText(ladder));
  return 0;
}
