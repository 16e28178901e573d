import { visible } from "../report/diagnostics/code-frame.js";
import { OutputError, UsageError, type CliIO } from "./io.js";

/** The package version, put in by the build; `dev` when run from source. */
declare const __VERSION__: string | undefined;
const version = typeof __VERSION__ === "string" ? __VERSION__ : "dev";

interface Command {
  readonly run: (args: string[], io: CliIO) => Promise<number>;
  readonly usage: string;
}

// Each command is imported when it runs, so `validate` starts without the gap analysis and its
// renderers, and `--version` without any of them (the bundled CLI keeps each in its own chunk).
const commands: Record<string, () => Promise<Command>> = {
  validate: () => import("./commands/validate.js").then((m) => ({ run: m.validate, usage: m.validateUsage })),
  gap: () => import("./commands/gap.js").then((m) => ({ run: m.gap, usage: m.gapUsage })),
  team: () => import("./commands/team.js").then((m) => ({ run: m.team, usage: m.teamUsage })),
  schema: () => import("./commands/schema.js").then((m) => ({ run: m.schema, usage: m.schemaUsage })),
  tracks: () => import("./commands/tracks.js").then((m) => ({ run: m.tracks, usage: m.tracksUsage })),
  render: () => import("./commands/render.js").then((m) => ({ run: m.render, usage: m.renderUsage })),
  explain: () => import("./commands/explain.js").then((m) => ({ run: m.explain, usage: m.explainUsage })),
  diff: () => import("./commands/diff.js").then((m) => ({ run: m.diff, usage: m.diffUsage })),
  migrate: () => import("./commands/migrate.js").then((m) => ({ run: m.migrate, usage: m.migrateUsage })),
  export: () => import("./commands/export.js").then((m) => ({ run: m.exportLadder, usage: m.exportUsage })),
  import: () => import("./commands/import.js").then((m) => ({ run: m.importLadder, usage: m.importUsage })),
};

const usage = `Usage: ladderkit <command> [options]

Commands:
  validate <files | dirs | ->...   check ladders and profiles
  gap --profile <file>             a person's gap report for the next level or any level
  team <profiles>... --ladder <f>  the team view: who is ready for what, shared gaps
  tracks <ladder>                  show a ladder's tracks side by side
  render <ladder>                  a ladder as Markdown or one HTML page, to publish
  explain <ladder> <level>         what is new at a level (--from another level)
  schema [kind]                    print a JSON Schema: ladder, profile or ladder-extension
  diff <old> <new>                 what changed between two versions of a ladder
  migrate <profile> --to <ladder>  carry a profile over to a new version of its ladder
  export <ladder> --format <f>     write a ladder as one YAML file, CSV (a spreadsheet) or CASE 1.1
  import <csv> --ladder <base>     read a ladder's competency matrix back from a CSV

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
  const load = commands[name];
  if (!load || !Object.hasOwn(commands, name)) {
    io.stderr(`ladderkit: unknown command '${visible(name)}'\n\n${usage}\n`);
    return 2;
  }
  let command: Command | undefined;
  try {
    command = await load();
    return await command.run(rest, io);
  } catch (error) {
    const code = (error as { code?: unknown } | null | undefined)?.code;
    const usageError = error instanceof UsageError || (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS"));
    if (error instanceof OutputError) {
      // The command was used rightly: its usage would not help.
      io.stderr(`ladderkit ${name}: ${visible(error.message)}\n`);
      return 2;
    }
    if (usageError && command) {
      // Messages quote arguments, which may be file names from a pull request: shown, never run.
      // Node's own argument errors run over several lines: joined into one, not shown as escapes.
      const message = (error as Error).message.split("\n").map(visible).join(" ");
      io.stderr(`ladderkit ${name}: ${message}\n\n${command.usage}\n`);
      return 2;
    }
    io.stderr(debug ? `${(error as Error | null)?.stack ?? String(error)}\n` : `ladderkit: internal error: ${visible(String((error as Error)?.message))} (run with --debug for details)\n`);
    return 2;
  }
}
