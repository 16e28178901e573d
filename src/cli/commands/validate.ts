import { parseArgs } from "node:util";
import { dirname, resolve } from "node:path";
import { checkText, loadLadder, readText, type LoadOptions } from "../../api/load.js";
import type { LadderResult } from "../../api/parse.js";
import { toDiagnostic } from "../../diagnostic.js";
import { formatters, type DiagnosticsFormat } from "../../report/diagnostics/index.js";
import type { FileResult } from "../../report/diagnostics/types.js";
import { expandInputs } from "../files.js";
import { UsageError, useColor, type CliIO } from "../io.js";

export const validateUsage = `Usage: ladderkit validate <files | directories | ->... [options]

Checks ladders and profiles (told apart by their kind); a profile also against its ladder.

Options:
  --format <stylish|json>    output format (default: stylish)
  --stdin-filename <name>    the name to report for standard input (default: <stdin>)
  -h, --help                 show this help

Exit codes: 0 no errors, 1 errors found, 2 usage or I/O error (e.g. a missing file).`;

/** `ladderkit validate`: checks every input and prints the findings. */
export async function validate(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: "string", default: "stylish" },
      "stdin-filename": { type: "string", default: "<stdin>" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(`${validateUsage}\n`);
    return 0;
  }
  if (!Object.hasOwn(formatters, values.format)) throw new UsageError(`unknown format '${values.format}'; expected one of: ${Object.keys(formatters).join(", ")}`);
  if (positionals.length === 0) throw new UsageError("no files given");

  // Many profiles name one ladder: read and check each ladder once.
  const ladders = new Map<string, Promise<LadderResult>>();
  const options: LoadOptions = {
    loadLadder: (path) => {
      if (!ladders.has(path)) ladders.set(path, loadLadder(path));
      return ladders.get(path)!;
    },
  };
  let ioError = false;
  const results: FileResult[] = [];
  for (const input of await expandInputs(positionals, io.cwd)) {
    if (input.kind === "missing") {
      ioError = true;
      const diagnostic = toDiagnostic({ rule: "file-read", severity: "error", message: "file not found", path: [] }, input.path, { line: 1, column: 1, endLine: 1, endColumn: 1 });
      results.push({ file: input.path, kind: undefined, diagnostics: [diagnostic] });
      continue;
    }
    const file = input.kind === "stdin" ? values["stdin-filename"] : input.path;
    const read = input.kind === "stdin" ? { text: await io.readStdin() } : await readText(resolve(io.cwd, input.path), { filename: file });
    if ("diagnostic" in read) {
      if (read.diagnostic.rule === "file-read") ioError = true;
      results.push({ file, kind: undefined, diagnostics: [read.diagnostic] });
      continue;
    }
    const baseDir = input.kind === "stdin" ? io.cwd : dirname(resolve(io.cwd, input.path));
    const result = await checkText(read.text, baseDir, { ...options, filename: file });
    results.push({ file, kind: result.kind, diagnostics: result.diagnostics, text: read.text });
  }
  const format = values.format as DiagnosticsFormat;
  io.stdout(formatters[format](results, { color: format === "stylish" && useColor(io) }));
  if (ioError) return 2;
  return results.some((r) => r.diagnostics.some((d) => d.severity === "error")) ? 1 : 0;
}
