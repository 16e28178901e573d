import { dirname, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { checkText, loadLadder, readText, type LoadOptions } from "../../api/load.js";
import type { LadderResult } from "../../api/parse.js";
import { createConfigCache } from "../../config/cache.js";
import type { ConfigResult } from "../../config/parse.js";
import { toDiagnostic } from "../../diagnostic.js";
import type { FileResult } from "../../report/diagnostics/types.js";
import { exitCodeOf, parseFailSeverity, parseMaxWarnings } from "../exit-code.js";
import { expandInputs } from "../files.js";
import { formatTargets } from "../format-targets.js";
import { formatterLoaders } from "../formatters.js";
import { UsageError, useColor, type CliIO } from "../io.js";
import { LIMIT_OPTION, LIMIT_USAGE, parseLimitFlags } from "../limit-flags.js";
import { writeOutput } from "../output.js";

export const validateUsage = `Usage: ladderkit validate <files | directories | globs | ->... [options]

Checks ladders and profiles (told apart by their kind); a profile also against its ladder.
Each file follows the nearest .ladderkit.yaml above it (rule severities), and its own
# ladderkit-disable-next-line <rule> and # ladderkit-disable <rule> comments.

Options:
  --format <name>            ${Object.keys(formatterLoaders).join(" | ")} (default: stylish, or github
                             inside GitHub Actions); may be given several times
  -o, --output <file>        write the --format just before it to a file
  --fail-severity <level>    exit 1 on findings at or above: error (default), warning, info
  --max-warnings <n>         exit 1 on more than n warnings
  --stdin-filename <name>    the name to report for standard input (default: <stdin>)
${LIMIT_USAGE.replace("  --limit <name>=<n>  ", "  --limit <name>=<n>        ")}
  -h, --help                 show this help

Exit codes: 0 clean, 1 findings (see --fail-severity, --max-warnings), 2 usage, configuration or
I/O error (e.g. a missing file or a glob that matches nothing).`;

function fileError(file: string, message: string): FileResult {
  const diagnostic = toDiagnostic({ rule: "file-read", severity: "error", message, path: [] }, file, { line: 1, column: 1, endLine: 1, endColumn: 1 });
  return { file, kind: undefined, diagnostics: [diagnostic] };
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
      ...LIMIT_OPTION,
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(`${validateUsage}\n`);
    return 0;
  }
  const targets = formatTargets(tokens, io.env);
  const failSeverity = parseFailSeverity(values["fail-severity"]);
  const maxWarnings = parseMaxWarnings(values["max-warnings"]);
  const limits = parseLimitFlags(values.limit);
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
    loadLadder: (path) => {
      read.push(path);
      if (!ladders.has(path)) ladders.set(path, configs.forFile(path).then((c) => loadLadder(path, { rules: c?.config?.rules, limits })));
      return ladders.get(path)!;
    },
    limits,
  };
  let fatal = false;
  const results: FileResult[] = [];
  for (const input of await expandInputs(positionals, io.cwd)) {
    if (input.kind === "missing" || input.kind === "no-match") {
      fatal = true;
      results.push(input.kind === "missing" ? fileError(input.path, "file not found") : fileError(input.pattern, "no files match this pattern"));
      continue;
    }
    const file = input.kind === "stdin" ? values["stdin-filename"] : input.path;
    if (input.kind === "file") read.push(resolve(io.cwd, input.path));
    const content = input.kind === "stdin" ? { text: await io.readStdin() } : await readText(resolve(io.cwd, input.path), { filename: file, limits });
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
    const baseDir = input.kind === "stdin" ? io.cwd : dirname(absolute);
    const result = await checkText(content.text, baseDir, { ...options, filename: file, rules: config?.config?.rules });
    results.push({ file, kind: result.kind, diagnostics: result.diagnostics, text: content.text });
  }

  for (const target of targets) {
    const color = target.output === undefined && target.format === "stylish" && useColor(io);
    const formatter = await formatterLoaders[target.format]();
    const text = formatter(results, { color, cwd: io.cwd });
    await writeOutput(io, text, target.output, read);
  }
  return fatal ? 2 : exitCodeOf(results, failSeverity, maxWarnings);
}
