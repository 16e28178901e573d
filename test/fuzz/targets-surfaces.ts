// Fuzz rows for the surfaces added after the first hardening pass: CSV import, `extends`,
// profile migration and ladder diffs. Each takes outside data; the invariants are the same as
// for the first rows (no crash, every failure a located diagnostic), plus what each promises:
// an import gives the same findings whatever the line ends and BOM, and a valid import exported
// and imported again gives the same ladder; a diff's renderings are well formed.
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { checkText, diffLadders, importCsv, ladderToCsv, migrateProfileText, parseLadder, renderDiff, validateLadder, type Diagnostic, type LadderDiff, type ResolvedLadder } from "../../src/index.js";
import { mutatedText, mutatedYaml, randomText, readProjectFile, SEEDS } from "./arbitraries.js";
import { checkDiagnostics, checkOutcome, InvariantError } from "./invariants.js";
import type { FuzzTarget } from "./targets.js";

const FILE = "fuzz.csv";
const YAML_FILE = "fuzz.yaml";
type CsvResult = { diagnostics: Diagnostic[]; ladder?: unknown; variants: string[]; again?: string | undefined; first?: string | undefined };

const PROFILE_LADDER = readProjectFile("test/fixtures/rules/profile-ladder.yaml");
const resolved = (text: string): ResolvedLadder => parseLadder(text).ladder!;
const baseCsv = ladderToCsv(resolved(PROFILE_LADDER));

/** Edits of a valid export: cells deleted, quotes broken, columns swapped, line ends and BOM changed. */
const csvEdit = fc.oneof(
  fc.tuple(fc.constant("delete" as const), fc.nat(), fc.nat({ max: 20 })),
  fc.tuple(fc.constant("quote" as const), fc.nat(), fc.constant(0)),
  fc.tuple(fc.constant("swap" as const), fc.nat({ max: 30 }), fc.nat({ max: 30 })),
  fc.tuple(fc.constant("cut-cell" as const), fc.nat(), fc.nat({ max: 30 })),
  fc.tuple(fc.constantFrom("lf" as const, "cr" as const, "bom" as const, "formula" as const), fc.nat(), fc.constant(0)),
);

function applyCsvEdit(text: string, [op, a, b]: [string, number, number]): string {
  const at = a % (text.length + 1);
  const rows = text.split("\r\n");
  switch (op) {
    case "delete":
      return text.slice(0, at) + text.slice(at + b);
    case "quote":
      return `${text.slice(0, at)}"${text.slice(at)}`;
    case "swap":
      return rows.map((row) => {
        const cells = row.split(",");
        const [i, j] = [a % Math.max(1, cells.length), b % Math.max(1, cells.length)];
        [cells[i], cells[j]] = [cells[j]!, cells[i]!];
        return cells.join(",");
      }).join("\r\n");
    case "cut-cell":
      return rows.map((row, r) => (r !== a % rows.length ? row : row.split(",").filter((_, c) => c !== b).join(","))).join("\r\n");
    case "lf":
      return text.replaceAll("\r\n", "\n");
    case "cr":
      return text.replaceAll("\r\n", "\r");
    case "bom":
      return `\ufeff${text}`;
    default:
      return `${text.slice(0, at)}=HYPERLINK("http://x")${text.slice(at)}`;
  }
}

const mutatedCsv = fc.array(csvEdit, { minLength: 1, maxLength: 4 }).map((edits) => edits.reduce(applyCsvEdit, baseCsv));

/** Positions in a CSV count a lone CR as a line end; the shared check splits at LF only. */
const asLf = (text: string) => text.replace(/\r(?!\n)/g, "\n");
const located = (d: Diagnostic) => `${d.rule} ${d.line}:${d.column}`;

const csvImport: FuzzTarget<string, CsvResult> = {
  name: "csv-import",
  about: "importCsv on random text and on exports with cells deleted, quotes broken, columns swapped, BOM/CRLF/LF/CR",
  runs: 8_000,
  arbitrary: fc.oneof({ weight: 1, arbitrary: randomText }, { weight: 3, arbitrary: mutatedCsv }),
  run: (text, context) => {
    const base = context.ladder;
    const result = importCsv(text, base, { filename: FILE });
    // The same text saved as Excel does (BOM, CRLF) and as an editor on Linux does (LF).
    const body = text.replace(/^\ufeff/, "");
    const variants = [`\ufeff${body.replace(/\r?\n/g, "\r\n")}`, body.replace(/\r\n/g, "\n")].map((v) => importCsv(v, base, { filename: FILE }).diagnostics.map(located).join("\n"));
    let again: string | undefined;
    if (result.ladder) {
      const valid = validateLadder(result.ladder);
      again = valid.ladder ? JSON.stringify(importCsv(ladderToCsv(valid.ladder), base).ladder) : `does not validate: ${JSON.stringify(valid.diagnostics.slice(0, 2))}`;
    }
    return { ...result, variants, again, first: result.ladder === undefined ? undefined : JSON.stringify(result.ladder) };
  },
  invariant: (text, result) => {
    checkDiagnostics(result.diagnostics, asLf(text), FILE);
    checkOutcome(result, result.ladder);
    // A lone CR is a line end the variants would turn into a cell's text; a second BOM is text.
    const hasLoneCr = /\r(?!\n)/.test(text) || text.startsWith("\ufeff\ufeff");
    const mine = result.diagnostics.map(located).join("\n");
    if (!hasLoneCr && result.variants.some((v) => v !== mine)) throw new InvariantError(`BOM/CRLF/LF change the findings:\n${mine}\n---\n${result.variants.join("\n---\n")}`);
    if (result.first !== undefined && result.again !== result.first) throw new InvariantError(`exported and imported again, the ladder differs:\n${result.first.slice(0, 300)}\n${result.again?.slice(0, 300)}`);
  },
};

const COMPANY = readProjectFile("test/fixtures/extends/company.yaml");
type DocResult = Awaited<ReturnType<typeof checkText>>;

const extendsOverlay: FuzzTarget<string, DocResult> = {
  name: "extends-overlay",
  about: "checkText on overlays of a base in a temp folder, edited as text and as values",
  runs: 2_500,
  arbitrary: fc.oneof(mutatedText([COMPANY]), mutatedYaml([COMPANY])),
  run: async (text, context) => {
    const base = join(context.dir, "base.yaml");
    if (!existsSync(base)) writeFileSync(base, readProjectFile("test/fixtures/extends/base.yaml"));
    return checkText(text, context.dir, { filename: YAML_FILE });
  },
  invariant: (text, result) => {
    // A diagnostic in a base file is located in that file's text.
    const files = new Set(result.diagnostics.map((d) => d.file));
    for (const file of files) {
      const own = result.diagnostics.filter((d) => d.file === file);
      const fileText = file === YAML_FILE ? text : result.texts?.[file!];
      if (fileText === undefined) throw new InvariantError(`a diagnostic in ${String(file)}, whose text is not given`);
      checkDiagnostics(own, fileText, file);
    }
    checkOutcome(result, result.ladder);
  },
};

let migrationDiff: LadderDiff | undefined;
const profileDiff = () => (migrationDiff ??= diffLadders(resolved(PROFILE_LADDER), resolved(PROFILE_LADDER.replaceAll("coding", "programming"))));

const migrateText: FuzzTarget<string, ReturnType<typeof migrateProfileText>> = {
  name: "migrate-profile-text",
  about: "migrateProfileText on profiles edited as text and as values",
  runs: 4_000,
  arbitrary: fc.oneof(mutatedText(SEEDS.profiles), mutatedYaml(SEEDS.profiles), randomText),
  run: (text) => migrateProfileText(text, profileDiff(), { filename: YAML_FILE }),
  invariant: (text, result) => {
    checkDiagnostics(result.diagnostics, text, YAML_FILE);
    checkOutcome(result, result.text);
  },
};

const diffMutated: FuzzTarget<[string, string], string[] | undefined> = {
  name: "diff-ladders",
  about: "diffLadders and renderDiff (text, markdown, json) on pairs of edited ladders",
  runs: 2_000,
  arbitrary: fc.tuple(mutatedYaml(SEEDS.ladders), fc.oneof(mutatedYaml(SEEDS.ladders), fc.constantFrom(...SEEDS.ladders))),
  run: ([a, b]) => {
    const [before, after] = [parseLadder(a).ladder, parseLadder(b).ladder];
    if (!before || !after) return undefined;
    const diff = diffLadders(before, after);
    const total = Object.values(diff.summary).reduce((sum, n) => sum + n, 0);
    if (total !== diff.changes.length) throw new InvariantError("the summary does not add up to the changes");
    if (diffLadders(before, before).changes.length !== 0) throw new InvariantError("a ladder differs from itself");
    return [renderDiff(diff, "text"), renderDiff(diff, "markdown"), renderDiff(diff, "json")];
  },
  invariant: (_, outputs) => {
    if (outputs === undefined) return;
    JSON.parse(outputs[2]!);
    if (outputs.some((o) => o.trim() === "")) throw new InvariantError("an empty rendering");
  },
};

export const SURFACE_TARGETS: ReadonlyArray<FuzzTarget<any, any>> = [csvImport, extendsOverlay, migrateText, diffMutated];
