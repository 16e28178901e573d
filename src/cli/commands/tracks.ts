import { parseArgs } from "node:util";
import { renderTracksText } from "../../report/tracks-text.js";
import { UsageError, type CliIO } from "../io.js";
import { ladderFromFlag } from "../load-inputs.js";

export const tracksUsage = `Usage: ladderkit tracks <ladder> [--allow-extends-outside]

Shows a ladder's tracks side by side, one row per band.`;

/** `ladderkit tracks`: the tracks side by side. */
export async function tracks(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { "allow-extends-outside": { type: "boolean", default: false }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    io.stdout(`${tracksUsage}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError("expected exactly one ladder file");
  const { ladder, code } = await ladderFromFlag(io, positionals[0]!, values["allow-extends-outside"]);
  if (!ladder) return code;
  io.stdout(renderTracksText(ladder));
  return 0;
}
