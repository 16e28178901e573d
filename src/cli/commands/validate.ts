import { dirname, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { checkText, type LoadOptions } from "../../api/load.js";
import type { LadderResult } from "../../api/parse.js";
import { createConfigCache } from "../../config/cache.js";
import type { ConfigResult } from "../../config/parse.js";
import { toDiagnostic, type Diagnostic } from "../../diagnostic.js";
import type { FileResult } from "../../report/diagnostics/types.js";
import { exitCodeOf, parseFailSeverity, parseMaxWarnings } from "../exit-code.js";
import { expandInputs, nothingToRead } from "../files.js";
import { formatTargets } from "../format-targets.js";
import { formatterLoaders } from "../formatters.js";
import { UsageError, useColor, type CliIO } from "../io.js";
import { recordingLadderLoader } from "../ladder-reads.js";
import { LOAD_OPTIONS, loadFlags, loadUsage } from "../load-flags.js";
import { writeOutput } from "../output.js";
import { readInput } from "../read-input.js";

export const validateUsage = `Usage: ladderkit validate <files | directories | globs | ->... [options]

Checks ladders and profiles (told apart by their kind); a profile also against its ladder.
Each file follows the nearest .ladderkit.yaml above it (rule severities), and its own
# ladderkit-disable-next-line <rule>, # ladderkit-disable-line <rule> and
# ladderkit-disable <rule> comments.

Options:
  --format <name>            ${Object.keys(formatterLoaders).join(" | ")} (default: stylish, or github
                             inside GitHub Actions); may be given several times
  -o, --output <file>        write the --format just before it to a file
  --fail-severity <level>    exit 1 on findings at or above: error (default), warning, info
  --max-warnings <n>         exit 1 on more than n warnings
  --stdin-filename <name>    name standard input, in reports and for its relative paths (default: <stdin>)
${loadUsage(29)}
  -h, --help                 show this help

Exit codes: 0 clean, 1 findings (see --fail-severity, --max-warnings), 2 usage, configuration or
I/O error (e.g. a missing file or a glob that matches nothing).`;

function fileError(file: string, message: string): FileResult {
  const diagnostic = toDiagnostic({ rule: "file-read", severity: "error", message, path: [] }, file, { line: 1, column: 1, endLine: 1, endColumn: 1 });
  return { file, kind: undefined, diagnostics: [diagnostic] };
}

/**
 * A ladder that extends a base reports what is wrong in the base at the base's lines. When the base
 * is checked in the same run, each such finding is already under the base's own file: it is not
 * repeated under every ladder that extends it.
 */
function dropRepeats(results: FileResult[]): void {
  const key = (d: Diagnostic) => `${d.file}\0${d.line}\0${d.column}\0${d.rule}\0${d.severity}\0${d.message}`;
  const own = new Set(results.flatMap((r) => r.diagnostics.filter((d) => (d.file ?? r.file) === r.file).map(key)));
  results.forEach((result, i) => {
    const kept = result.diagnostics.filter((d) => (d.file ?? result.file) === result.file || !own.has(key(d)));
    if (kept.length !== result.diagnostics.length) results[i] = { ...result, diagnostics: kept };
  });
}

/** `ladderkit validate`: checks every input and prints the findings in each format asked for. */
export async function validate(args: string[], io: CliIO): Promise<number> {
  const { values, positionals, tokens } = parseArgs({
    args,
    allowPositionals: true,
    tokens: true,
    options: {
      format: { type: "string", multiple: true },
      output: { type: "string", short: "o", multiple: true },
      "fail-severity": { type: "string", default: "error" },
      "max-warnings": { type: "string" },
      "stdin-filename": { type: "string", default: "<stdin>" },
      ...LOAD_OPTIONS,
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(`${validateUsage}\n`);
    return 0;
  }
  const targets = formatTargets(tokens, io.env);
  // Two formats into one file would leave only the last: refused, as two on standard output are.
  const outputs = new Set<string>();
  for (const { output } of targets) {
    if (output === undefined) continue;
    const path = resolve(io.cwd, output);
    if (outputs.has(path)) throw new UsageError(`--output ${output} is given to more than one --format; each needs a file of its own`);
    outputs.add(path);
  }
  const failSeverity = parseFailSeverity(values["fail-severity"]);
  const maxWarnings = parseMaxWarnings(values["max-warnings"]);
  const flags = loadFlags(values);
  if (positionals.length === 0) throw new UsageError("no files given");
  // Every file read, config files and the ladders profiles name included: no --output may replace one.
  const read: string[] = [];

  // Each config file is read once, and named relative to the working directory like the inputs.
  // Loaded on first use: a tree without a config never loads the config schema (nor zod).
  const configs = createConfigCache(async (path) => {
    read.push(path);
    return (await import("../../config/load.js")).loadConfig(path, { filename: relative(io.cwd, path) || path });
  });
  const reported = new Set<ConfigResult>();
  // Many profiles name one ladder: read and check each ladder once, under its own config.
  const ladders = new Map<string, Promise<LadderResult>>();
  const options: LoadOptions = {
    ...flags,
    loadLadder: (path) => {
      // The ladder and every base it extends are read: recorded for --output.
      if (!ladders.has(path)) ladders.set(path, configs.forFile(path).then((c) => recordingLadderLoader(read, { ...flags, rules: c?.config?.rules })(path)));
      return ladders.get(path)!;
    },
  };
  let fatal = false;
  const results: FileResult[] = [];
  for (const input of await expandInputs(positionals, io.cwd)) {
    if (input.kind !== "file" && input.kind !== "stdin") {
      fatal = true;
      const { name, problem } = nothingToRead(input);
      results.push(fileError(name, problem));
      continue;
    }
    const file = input.kind === "stdin" ? values["stdin-filename"] : input.path;
    if (input.kind === "file") read.push(resolve(io.cwd, input.path));
    const content = await readInput(io, input, flags);
    if ("diagnostic" in content) {
      if (content.diagnostic.rule === "file-read") fatal = true;
      results.push({ file, kind: undefined, diagnostics: [content.diagnostic] });
      continue;
    }
    const absolute = resolve(io.cwd, file);
    const config = await configs.forFile(absolute);
    if (config && !config.config) {
      // A broken config is a configuration error (exit 2): its files are not checked under a guess.
      fatal = true;
      if (!reported.has(config)) results.push({ file: config.file, kind: undefined, diagnostics: config.diagnostics });
      reported.add(config);
      continue;
    }
    // Standard input stands where --stdin-filename says (the working directory by default): its
    // relative paths (the ladder a profile names, a base it extends) are read from there, as a file's are.
    const baseDir = dirname(absolute);
    const path = input.kind === "stdin" ? undefined : absolute;
    const result = await checkText(content.text, baseDir, { ...options, filename: file, rules: config?.config?.rules, path });
    // The bases a ladder extends are read too.
    for (const base of Object.keys(result.texts ?? {})) read.push(resolve(io.cwd, base));
    results.push({ file, kind: result.kind, diagnostics: result.diagnostics, text: content.text, texts: result.texts });
  }
  dropRepeats(results);

  for (const target of targets) {
    const color = target.output === undefined && target.format === "stylish" && useColor(io);
    const formatter = await formatterLoaders[target.format]();
    const text = formatter(results, { color, cwd: io.cwd });
    await writeOutput(io, text, target.output, read, "--output");
  }
  return fatal ? 2 : exitCodeOf(results, failSeverity, maxWarnings);
}
