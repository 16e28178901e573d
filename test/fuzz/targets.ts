// The fuzz targets: every entry point that takes outside data, as one row each (name, arbitrary,
// run, invariant). A new surface (CSV import, `extends`, ...) is one more row. Shared by the short
// run in test/fuzz.test.ts and the long one in bench/fuzz.mjs.
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { loadLadder, parseConfig, parseLadder, parseProfile, validateLadder, validateProfile, type Diagnostic, type ResolvedLadder } from "../../src/index.js";
import { mutatedText, mutatedValue, mutatedYaml, randomText, readProjectFile, SEEDS, tokenText } from "./arbitraries.js";
import { cliArgv, createSandbox, inputsOf, newCommandArgv, readsOf, runArgv, type CliOutcome, type CliSandbox } from "./cli-target.js";
import { checkDiagnostics, checkOutcome, checkRoundTrip, InvariantError } from "./invariants.js";
import { SURFACE_TARGETS } from "./targets-surfaces.js";

/** What every target may use: set up once per run. */
export interface FuzzContext {
  /** The resolved ladder the profiles are checked against. */
  readonly ladder: ResolvedLadder;
  /** A scratch folder of its own. */
  readonly dir: string;
  readonly cli: CliSandbox;
}

/** One fuzz target. */
export interface FuzzTarget<I = unknown, O = unknown> {
  readonly name: string;
  /** What it fuzzes, in a few words, for the report. */
  readonly about: string;
  /** Cases in the long run (`npm run fuzz`); the short run takes a small share. */
  readonly runs: number;
  readonly arbitrary: fc.Arbitrary<I>;
  /** Calls the entry point; an exception thrown here is a crash. */
  readonly run: (input: I, context: FuzzContext) => O | Promise<O>;
  /** Throws an InvariantError when the outcome is wrong. */
  readonly invariant: (input: I, outcome: O, context: FuzzContext) => void | Promise<void>;
}

const FILE = "fuzz.yaml";
type Result = { diagnostics: Diagnostic[]; ladder?: unknown; profile?: unknown };

/** A ladder read from text: located diagnostics, a ladder exactly when no error, and a valid one round-trips. */
const ladderText = (name: string, about: string, runs: number, arbitrary: fc.Arbitrary<string>): FuzzTarget<string, Result> => ({
  name,
  about,
  runs,
  arbitrary,
  run: (text) => parseLadder(text, { filename: FILE }),
  invariant: (text, result) => {
    checkDiagnostics(result.diagnostics, text, FILE);
    checkOutcome(result, result.ladder);
    checkRoundTrip(result as Parameters<typeof checkRoundTrip>[0]);
  },
});

const profileText = (name: string, about: string, runs: number, arbitrary: fc.Arbitrary<string>): FuzzTarget<string, Result> => ({
  name,
  about,
  runs,
  arbitrary,
  run: (text, context) => parseProfile(text, { filename: FILE, ladder: context.ladder }),
  invariant: (text, result) => {
    checkDiagnostics(result.diagnostics, text, FILE);
    checkOutcome(result, result.profile);
  },
});

/** Values that JSON.parse or an HR system could hand over, and a few that only JavaScript can. */
const plainValue = fc.oneof(
  { weight: 4, arbitrary: mutatedValue(SEEDS.ladders) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, NaN, -0, Infinity, "", [], Object.create(null), new Date(0), new Map(), [undefined]) },
);

export const FUZZ_TARGETS: ReadonlyArray<FuzzTarget<any, any>> = [
  ladderText("ladder-random-text", "parseLadder on any UTF-16 text", 35_000, randomText),
  ladderText("ladder-yaml-tokens", "parseLadder on YAML tokens in random order", 25_000, tokenText),
  ladderText("ladder-text-edits", "parseLadder on valid ladders cut, spliced, repeated, re-encoded", 8_000, mutatedText(SEEDS.ladders)),
  ladderText("ladder-value-edits", "parseLadder on valid ladders with keys deleted, types swapped, entries duplicated, ids clashing", 6_000, mutatedYaml(SEEDS.ladders)),
  ladderText("large-ladder-edits", "parseLadder on the 40 KB reference ladder, edited", 300, fc.oneof(mutatedText([SEEDS.largeLadder]), mutatedYaml([SEEDS.largeLadder]))),
  ladderText(
    "ladder-directives",
    "parseLadder on valid ladders with ladderkit-disable comments anywhere",
    1_500,
    fc
      .tuple(fc.constantFrom(...SEEDS.ladders), fc.array(fc.tuple(fc.nat(), fc.constantFrom("# ladderkit-disable", "# ladderkit-enable", "# ladderkit-disable-next-line", "# ladderkit-disable-next-line unique-id, nope --", "# ladderkit-enable duplicate-title"), fc.string({ maxLength: 10 })), { maxLength: 5 }))
      .map(([seed, inserts]) => {
        const lines = seed.split("\n");
        for (const [at, directive, rest] of inserts) lines.splice(at % (lines.length + 1), 0, `${directive} ${rest.replace(/[\r\n]/g, "")}`);
        return lines.join("\n");
      }),
  ),
  profileText("profile-text-edits", "parseProfile against a ladder, on valid profiles edited as text", 8_000, fc.oneof(mutatedText(SEEDS.profiles), randomText)),
  profileText("profile-value-edits", "parseProfile against a ladder, on valid profiles with values edited", 6_000, mutatedYaml(SEEDS.profiles)),
  {
    name: "validate-ladder-value",
    about: "validateLadder on plain values: edited ladders, any JSON, odd JavaScript values",
    runs: 8_000,
    arbitrary: plainValue,
    run: (value) => validateLadder(value, { filename: FILE }),
    invariant: (_, result: Result) => {
      checkDiagnostics(result.diagnostics, undefined, FILE);
      checkOutcome(result, result.ladder);
    },
  },
  {
    name: "validate-profile-value",
    about: "validateProfile against a ladder on plain values",
    runs: 4_000,
    arbitrary: fc.oneof(mutatedValue(SEEDS.profiles), fc.jsonValue({ maxDepth: 3 })),
    run: (value, context) => validateProfile(value, { filename: FILE, ladder: context.ladder }),
    invariant: (_, result: Result) => {
      checkDiagnostics(result.diagnostics, undefined, FILE);
      checkOutcome(result, result.profile);
    },
  },
  {
    name: "config-text",
    about: "parseConfig on configs edited as text and as values",
    runs: 6_000,
    arbitrary: fc.oneof(mutatedText([SEEDS.config]), mutatedYaml([SEEDS.config]), tokenText),
    run: (text) => parseConfig(text, FILE),
    invariant: (text, result: { config?: unknown; diagnostics: Diagnostic[] }) => {
      checkDiagnostics(result.diagnostics, text, FILE);
      if (result.diagnostics.some((d) => d.rule !== "config")) throw new InvariantError("a config diagnostic under another rule");
      checkOutcome(result, result.config);
    },
  },
  {
    name: "ladder-file-bytes",
    about: "loadLadder on files of random bytes and of valid ladders with bytes changed",
    runs: 1_200,
    arbitrary: fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.tuple(fc.constantFrom(...SEEDS.ladders), fc.nat(), fc.integer({ min: 0, max: 255 })).map(([seed, at, byte]) => {
        const bytes = Buffer.from(seed);
        bytes[at % bytes.length] = byte;
        return new Uint8Array(bytes);
      }),
    ),
    run: async (bytes: Uint8Array, context) => {
      const path = join(context.dir, FILE);
      await writeFile(path, bytes);
      return loadLadder(path, { filename: FILE });
    },
    invariant: (bytes: Uint8Array, result: Result) => {
      // Positions are checked against the text when the bytes are UTF-8; encoding errors point at lines of the bytes.
      const text = Buffer.from(bytes).toString("utf8");
      checkDiagnostics(result.diagnostics, text, FILE);
      checkOutcome(result, result.ladder);
    },
  },
  {
    name: "cli-argv",
    about: "cli(argv) in process, in a folder of good and bad files",
    runs: 2_000,
    arbitrary: cliArgv,
    run: (argv: string[], context) => runArgv(argv, context.cli),
    invariant: async (argv: string[], outcome: CliOutcome, context) => {
      // --out and --output never write over a file the run read (the ladder a profile names and its bases too).
      const reads = await readsOf(argv, context.cli);
      const overwritten = outcome.written.filter((name) => reads.has(name));
      if (overwritten.length > 0) throw new InvariantError(`--out wrote over a file it read: ${overwritten.join(", ")}`);
      if (![0, 1, 2].includes(outcome.code)) throw new InvariantError(`exit code ${outcome.code}`);
      if (/internal error|\n\s+at /.test(outcome.stderr)) throw new InvariantError(`internal error: ${outcome.stderr.slice(0, 500)}`);
      if (outcome.changed.length > 0) throw new InvariantError(`changed files it was not asked to write: ${outcome.changed.join(", ")}`);
    },
  },
  {
    name: "cli-argv-new-commands",
    about: "cli(argv) for render, explain, diff, migrate, import and export",
    runs: 2_500,
    arbitrary: newCommandArgv,
    run: (argv: string[], context) => runArgv(argv, context.cli),
    invariant: (argv: string[], outcome: CliOutcome) => {
      const inputs = inputsOf(argv);
      const overwritten = outcome.written.filter((name) => inputs.has(name));
      if (overwritten.length > 0) throw new InvariantError(`--out wrote over a file it read: ${overwritten.join(", ")}`);
      if (![0, 1, 2].includes(outcome.code)) throw new InvariantError(`exit code ${outcome.code}`);
      if (/internal error|\n\s+at /.test(outcome.stderr)) throw new InvariantError(`internal error: ${outcome.stderr.slice(0, 500)}`);
      if (outcome.changed.length > 0) throw new InvariantError(`changed files it was not asked to write: ${outcome.changed.join(", ")}`);
    },
  },
  ...SURFACE_TARGETS,
];

/** Makes the context of a run: the ladder, a scratch folder, the CLI's folder. */
export async function fuzzContext(): Promise<FuzzContext & { close(): Promise<void> }> {
  const ladder = parseLadder(readProjectFile("test/fixtures/rules/profile-ladder.yaml")).ladder;
  if (!ladder) throw new Error("the ladder of the profile seeds must load");
  const dir = await mkdtemp(join(tmpdir(), "ladderkit-fuzz-"));
  await mkdir(join(dir, "cli"));
  const cli = await createSandbox(join(dir, "cli"));
  return { ladder, dir, cli, close: () => rm(dir, { recursive: true, force: true }) };
}
