import { gap, gapUsage } from "./commands/gap.js";
import { schema, schemaUsage } from "./commands/schema.js";
import { team, teamUsage } from "./commands/team.js";
import { tracks, tracksUsage } from "./commands/tracks.js";
import { validate, validateUsage } from "./commands/validate.js";
import { UsageError, type CliIO } from "./io.js";

/** The package version, put in by the build; `dev` when run from source. */
declare const __VERSION__: string | undefined;
const version = typeof __VERSION__ === "string" ? __VERSION__ : "dev";

const commands: Record<string, { run: (args: string[], io: CliIO) => Promise<number>; usage: string }> = {
  validate: { run: validate, usage: validateUsage },
  gap: { run: gap, usage: gapUsage },
  team: { run: team, usage: teamUsage },
  schema: { run: schema, usage: schemaUsage },
  tracks: { run: tracks, usage: tracksUsage },
};

const usage = `Usage: ladderkit <command> [options]

Commands:
  validate <files | dirs | ->...   check ladders and profiles
  gap --profile <file>             a person's gap report for the next level or any level
  team <profiles>... --ladder <f>  the team view: who is ready for what, shared gaps
  tracks <ladder>                  show a ladder's tracks side by side
  schema [ladder|profile]          print a JSON Schema

Options:
  --debug      show a stack trace when something goes wrong inside ladderkit
  --version    print the version
  -h, --help   show this help`;

/**
 * Runs the CLI on an argument vector and returns the exit code: 0 success, 1 findings, 2 usage or
 * I/O errors. It never throws: an unexpected failure prints one line (a stack trace with `--debug`).
 *
 * @example
 * const code = await cli(["validate", "ladders"], io);
 */
export async function cli(argv: readonly string[], io: CliIO): Promise<number> {
  const debug = argv.includes("--debug");
  const args = argv.filter((a) => a !== "--debug");
  const [name, ...rest] = args;
  if (name === undefined || name === "-h" || name === "--help" || name === "help") {
    io.stdout(`${usage}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(`${version}\n`);
    return 0;
  }
  const command = commands[name];
  if (!command || !Object.hasOwn(commands, name)) {
    io.stderr(`ladderkit: unknown command '${name}'\n\n${usage}\n`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    const usageError = error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    if (usageError) {
      io.stderr(`ladderkit ${name}: ${(error as Error).message}\n\n${command.usage}\n`);
      return 2;
    }
    io.stderr(debug ? `${(error as Error).stack ?? String(error)}\n` : `ladderkit: internal error: ${(error as Error).message} (run with --debug for details)\n`);
    return 2;
  }
}
