import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadLadder } from "../../api/load.js";
import { stylish } from "../../report/diagnostics/stylish.js";
import { renderTracksText } from "../../report/tracks-text.js";
import { UsageError, useColor, type CliIO } from "../io.js";
import { LIMIT_OPTION, LIMIT_USAGE, parseLimitFlags } from "../limit-flags.js";

export const tracksUsage = `Usage: ladderkit tracks <ladder>

Shows a ladder's tracks side by side, one row per band.

Options:
${LIMIT_USAGE}
  -h, --help           show this help`;

/** `ladderkit tracks`: the tracks side by side. */
export async function tracks(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...LIMIT_OPTION, help: { type: "boolean", short: "h" } } });
  if (values.help) {
    io.stdout(`${tracksUsage}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError("expected exactly one ladder file");
  const file = positionals[0]!;
  const { ladder, diagnostics } = await loadLadder(resolve(io.cwd, file), { filename: file, limits: parseLimitFlags(values.limit) });
  if (!ladder) {
    io.stderr(stylish([{ file, kind: "Ladder", diagnostics }], { color: useColor(io) }));
    return diagnostics.some((d) => d.rule === "file-read") ? 2 : 1;
  }
  io.stdout(renderTracksText(ladder));
  return 0;
}
