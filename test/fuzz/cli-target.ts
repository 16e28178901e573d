// The CLI as a fuzz target: random argument vectors from the CLI's own vocabulary and the names of
// good and bad files, run in process in a folder of their own. After each run every file is
// checked (and put back): only a file named by --out or --output may have changed.
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, posix, sep } from "node:path";
import fc from "fast-check";
import { expandInputs } from "../../src/cli/files.js";
import { cli } from "../../src/cli/main.js";
import { ladderToCsv, parseLadder } from "../../src/index.js";
import { readProjectFile, SEEDS } from "./arbitraries.js";

/** The folder the CLI runs in, and what each of its files holds. */
export interface CliSandbox {
  readonly cwd: string;
  readonly files: ReadonlyMap<string, string>;
}

/** What a run did: its exit code, what it printed to standard error, the files it changed unasked. */
export interface CliOutcome {
  readonly code: number;
  readonly stderr: string;
  readonly changed: string[];
  /** The files named by an output flag that changed. */
  readonly written: string[];
}

const FILES: Record<string, string> = {
  "ladder.yaml": SEEDS.ladders[0]!,
  "profile.yaml": SEEDS.profiles[0]!.replace("../profile-ladder.yaml", "./profile-ladder.yaml"),
  "profile-ladder.yaml": readProjectFile("test/fixtures/rules/profile-ladder.yaml"),
  "broken.yaml": "apiVersion: ladderkit/v1\nkind: Ladder\nid: [\n",
  "bad-schema.yaml": readProjectFile("test/fixtures/cli/schema-errors.yaml"),
  "deep.yaml": `a: ${"[".repeat(100)}${"]".repeat(100)}\n`,
  ".ladderkit.yaml": "apiVersion: ladderkit/v1\nkind: Config\nrules:\n  duplicate-title: warn\n",
  "sub/bad-config/.ladderkit.yaml": "apiVersion: ladderkit/v1\nkind: Config\nrules: { nope: off }\n",
  "sub/bad-config/ladder.yaml": SEEDS.ladders[1]!,
  // For the commands added later: a CSV export of ladder.yaml, a broken CSV, ladders that extend.
  "ladder.csv": ladderToCsv(parseLadder(SEEDS.ladders[0]!).ladder!),
  "bad.csv": '\ufeffid,name\r\n"open,x\r\n',
  "overlay.yaml": "apiVersion: ladderkit/v1\nkind: Ladder\nextends: ./ladder.yaml\nid: o\nname: O\nversion: '2'\n",
  "outside.yaml": "apiVersion: ladderkit/v1\nkind: Ladder\nextends: ../ladder.yaml\nid: o\nname: O\nversion: '2'\n",
  // A profile whose ladder extends another: gap and validate read the whole chain.
  "chain.yaml": "apiVersion: ladderkit/v1\nkind: Ladder\nextends: ./profile-ladder.yaml\nid: c\nname: C\nversion: '2'\n",
  "chain-profile.yaml": SEEDS.profiles[0]!.replace("../profile-ladder.yaml", "./chain.yaml"),
};

/** The ladders each file names, as a profile's `ladder` or a ladder's `extends`: read with it. */
const NAMES: Readonly<Record<string, string>> = {
  "profile.yaml": "profile-ladder.yaml",
  "chain-profile.yaml": "chain.yaml",
  "chain.yaml": "profile-ladder.yaml",
  "overlay.yaml": "ladder.yaml",
};

/** Writes the folder's files. */
export async function createSandbox(cwd: string): Promise<CliSandbox> {
  for (const [name, text] of Object.entries(FILES)) {
    await mkdir(join(cwd, name, ".."), { recursive: true });
    await writeFile(join(cwd, name), text);
  }
  return { cwd, files: new Map(Object.entries(FILES)) };
}

const WORDS = [
  "validate", "gap", "team", "tracks", "schema", "help", "--help", "-h", "--version", "-v", "--debug", "-", "ladder", "profile", "nope",
  "--format", "--output", "-o", "--out", "--profile", "--ladder", "--target", "--fail-severity", "--max-warnings", "--stdin-filename", "--limit",
  "--format=json", "--unknown", "json", "stylish", "github", "sarif", "junit", "markdown", "html", "text", "error", "warning", "info", "0", "3", "-1",
  "maxLevels=3", "maxBytes=10", "maxDepth=2", "maxProfiles=1", "maxLevel=1", "maxAliases=x", "ladder.yaml", "profile.yaml", "profile-ladder.yaml",
  "broken.yaml", "bad-schema.yaml", "deep.yaml", ".ladderkit.yaml", "sub", "sub/bad-config", "missing.yaml", ".", "*.yaml", "**/*.yaml", "sub/**",
  "out.txt", "out.json", "out/report.md", "cto", "senior", "manager", "architect", "", " ", "\u001b[2J", "a,b", "chain-profile.yaml", "chain.yaml",
];

/** An argument vector: the CLI's words, the folder's files and a few safe made-up names (never `..` or an absolute path). */
export const cliArgv = fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9-]{1,8}(\.yaml)?$/) }), { maxLength: 8 });

/** The words of the commands added after the first hardening pass, with the files they read. */
const NEW_WORDS = [
  "render", "explain", "diff", "migrate", "import", "export", "--format", "--out", "--ladder", "--from", "--to", "--rename", "--fail-on",
  "--allow-extends-outside", "--schema", "--date", "--base-uri", "--creator", "--limit", "-", "yaml", "csv", "case", "markdown", "html",
  "text", "json", "ladder.yaml", "overlay.yaml", "outside.yaml", "profile.yaml", "profile-ladder.yaml", "broken.yaml", "ladder.csv",
  "bad.csv", "out.yaml", "out.csv", "out.md", "cto", "senior", "engineer", "coding=craft", "coding", "any", "breaking", "2026-01-01",
  "maxExtendsDepth=0", "maxLevels=3", "maxCompetencies=1", "maxBytes=10",
];

/** An argument vector for the newer commands: one of them first, then their words and files. */
export const newCommandArgv = fc
  .tuple(fc.constantFrom("render", "explain", "diff", "migrate", "import", "export"), fc.array(fc.constantFrom(...NEW_WORDS), { maxLength: 7 }))
  .map(([command, rest]) => [command, ...rest]);

const OUTPUT_FLAGS = ["--out", "--output", "-o"];

/** Adds to `inputs` the ladders its files name, and theirs in turn. */
function withNamed(inputs: Set<string>): Set<string> {
  for (const name of inputs) if (NAMES[name] !== undefined) inputs.add(NAMES[name]);
  return inputs;
}

/** The files a run of the newer commands may read: those it names, and the ladders they name. */
export function inputsOf(argv: readonly string[]): Set<string> {
  return withNamed(new Set(argv.filter((word, i) => i === 0 || !OUTPUT_FLAGS.includes(argv[i - 1]!))));
}

/** Options of the older commands whose value is never a file read. */
const NOT_READ = ["--stdin-filename", "--target", "--format", "--fail-severity", "--max-warnings", "--limit", ...OUTPUT_FLAGS];

/**
 * The files a run of the older commands (validate, gap, team, tracks) may read, by the names the
 * sandbox lists them under: the files, folders and globs it names, expanded as the CLI expands
 * them, the ladders those files name, and for validate the config file nearest to each.
 */
export async function readsOf(argv: readonly string[], sandbox: CliSandbox): Promise<Set<string>> {
  const words = argv.filter((_, i) => i === 0 || !NOT_READ.includes(argv[i - 1]!));
  const inputs = new Set<string>();
  for (const input of await expandInputs(words, sandbox.cwd))
    if (input.kind === "file") inputs.add(posix.normalize(input.path.split(sep).join("/")));
  withNamed(inputs);
  if (argv.find((word) => word !== "--debug") !== "validate") return inputs;
  for (const name of [...inputs])
    if (sandbox.files.has(name)) inputs.add(name.startsWith("sub/bad-config/") ? "sub/bad-config/.ladderkit.yaml" : ".ladderkit.yaml");
  return inputs;
}

const hash = (text: Buffer | string) => createHash("sha256").update(text).digest("hex");

/** Every file under a folder, relative to it. */
async function listFiles(dir: string, prefix = ""): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(dir, name)));
    else out.push(name);
  }
  return out;
}

/** Runs the CLI on an argument vector in the sandbox, then checks and restores every file. */
export async function runArgv(argv: readonly string[], sandbox: CliSandbox): Promise<CliOutcome> {
  let stderr = "";
  const code = await cli(argv, {
    stdout: () => undefined,
    stderr: (text) => void (stderr += text),
    cwd: sandbox.cwd,
    env: {},
    readStdin: async () => SEEDS.ladders[0]!,
    isTTY: false,
  });
  // The files an output flag names may change; any other change is a bug.
  const named = new Set(argv.filter((_, i) => i > 0 && OUTPUT_FLAGS.includes(argv[i - 1]!)));
  const changed: string[] = [];
  const written: string[] = [];
  for (const name of await listFiles(sandbox.cwd)) {
    const original = sandbox.files.get(name);
    if (original === undefined) {
      await rm(join(sandbox.cwd, name), { force: true });
      continue;
    }
    if (hash(await readFile(join(sandbox.cwd, name))) !== hash(original)) {
      (named.has(name) ? written : changed).push(name);
      await writeFile(join(sandbox.cwd, name), original);
    }
  }
  // A file the run removed is a change too (nothing should remove one).
  const now = new Set(await listFiles(sandbox.cwd));
  for (const [name, text] of sandbox.files)
    if (!now.has(name)) {
      changed.push(`${name} (removed)`);
      await writeFile(join(sandbox.cwd, name), text);
    }
  return { code, stderr, changed, written };
}
