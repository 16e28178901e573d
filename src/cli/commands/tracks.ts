import { resolve } from "node:path";
import { loadLadder } from "../../api/load.js";
import { stylish } from "../../report/diagnostics/stylish.js";
import { renderTracksText } from "../../report/tracks-text.js";
import { UsageError, useColor, type CliIO } from "../io.js";

export const tracksUsage = `Usage: ladderkit tracks <ladder>

Shows a ladder's tracks side by side, one row per band.`;

/** `ladderkit tracks`: the tracks side by side. */
export async function tracks(args: string[], io: CliIO): Promise<number> {
  if (args.includes("-h") || args.includes("--help")) {
    io.stdout(`${tracksUsage}\n`);
    return 0;
  }
  if (args.length !== 1) throw new UsageError("expected exactly one ladder file");
  const file = args[0]!;
  const { ladder, diagnostics } = await loadLadder(resolve(io.cwd, file), { filename: file });
  if (!ladder) {
    io.stderr(stylish([{ file, kind: "Ladder", diagnostics }], { color: useColor(io) }));
    return diagnostics.some((d) => d.rule === "file-read") ? 2 : 1;
  }
  io.stdout(renderTracksText(ladder));
  return 0;
}
