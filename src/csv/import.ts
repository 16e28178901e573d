import { validateLadder } from "../api/parse.js";
import { compareDiagnostics, hasErrors, toDiagnostic, type Diagnostic, type PathKey } from "../diagnostic.js";
import type { Ladder } from "../model/ladder.js";
import type { ResolvedLadder } from "../model/resolved.js";
import { resolveLadder } from "../model/resolve.js";
import type { Expectation } from "../model/track.js";
import { checkInfoRow, readHeader, type CellFinding, type Columns } from "./import-header.js";
import { readRow, type CompetencyRow } from "./import-rows.js";
import { COMPETENCY_COLUMNS, INFO_ROWS, MAX_FINDINGS } from "./layout.js";
import { parseCsv, type CsvBounds, type CsvRow } from "./rfc4180.js";
import { expectText } from "../load/decode.js";
import { fileSizeMessage, raiseHint, resolveLimits, sizeOver, type Limits } from "../load/limits.js";

/** Options of `importCsv`. */
export interface ImportCsvOptions {
  /** The CSV file's name, put in diagnostics. Default: none. */
  readonly filename?: string | undefined;
  /**
   * Bounds on the CSV: `maxBytes` on its size, `maxCompetencies` on its rows (plus the header and
   * the info rows) and `maxScaleSteps` and `maxLevels` on its columns (plus the competency
   * columns); the ladder it makes is held to the rest. Unset ones take their defaults (see `Limits`).
   * Default: `DEFAULT_LIMITS`.
   */
  readonly limits?: Partial<Limits> | undefined;
}

/** The ladder read from a CSV (when it has no error), and every diagnostic, located in the CSV. */
export interface ImportCsvResult {
  readonly ladder?: Ladder | undefined;
  readonly diagnostics: Diagnostic[];
}

/** Leaves out every written expectation that equals what the level inherits: the ladder reads as authors write it. */
function minimise(ladder: Ladder): Ladder {
  const resolved = resolveLadder(ladder);
  const tracks = ladder.tracks.map((track) => {
    let previous = track.branchesFrom === undefined ? undefined : resolved.levelById.get(track.branchesFrom);
    const levels = track.levels.map((level) => {
      const own = resolved.levelById.get(level.id)!;
      const kept = Object.entries(level.expectations ?? {}).filter(([competency]) => {
        const inherited = previous?.expectations.get(competency);
        const mine = own.expectations.get(competency);
        return !(inherited && mine && inherited.step === mine.step && inherited.description === mine.description);
      });
      previous = own;
      const { expectations: _, ...rest } = level;
      return kept.length > 0 ? { ...rest, expectations: Object.fromEntries(kept) } : rest;
    });
    return { ...track, levels };
  });
  return { ...ladder, tracks };
}

/** The ladder: the base with the CSV's competencies and matrix in place of its own. */
function assemble(base: ResolvedLadder, rows: readonly CompetencyRow[]): Ladder {
  const tracks = base.source.tracks.map((track) => ({
    ...track,
    levels: track.levels.map((level) => {
      const expectations: Record<string, Expectation> = {};
      for (const { competency, expectations: byLevel } of rows) {
        const e = byLevel.get(level.id);
        if (e !== undefined) expectations[competency.id] = e;
      }
      const { expectations: _, ...rest } = level;
      return Object.keys(expectations).length > 0 ? { ...rest, expectations } : rest;
    }),
  }));
  return minimise({ ...base.source, competencies: rows.map((r) => r.competency), tracks });
}

/** Where in the CSV a finding about the assembled ladder belongs: the cell of its competency and level. */
function locator(ladder: Ladder, columns: Columns, rows: readonly CompetencyRow[]) {
  const rowOf = new Map(rows.map((r) => [r.competency.id, r.row]));
  const cell = (row: CsvRow | undefined, index: number | undefined) =>
    (row && index !== undefined ? row.cells[index] : undefined) ?? (index !== undefined ? columns.header[index] : undefined) ?? columns.header[0]!;
  return (path: readonly PathKey[]) => {
    if (path[0] === "tracks" && path[2] === "levels") {
      const level = ladder.tracks[path[1] as number]?.levels[path[3] as number];
      const index = level && columns.levels.get(level.id);
      return cell(path[4] === "expectations" && typeof path[5] === "string" ? rowOf.get(path[5]) : undefined, index);
    }
    if (path[0] === "competencies" && typeof path[1] === "number") {
      const field = path[2] === "steps" ? "id" : COMPETENCY_COLUMNS.find((c) => c === path[2]) ?? "id";
      return cell(rowOf.get(ladder.competencies[path[1]]?.id ?? ""), columns.fixed.get(field));
    }
    return columns.header[0]!;
  };
}

/**
 * What a CSV within the limits can hold: a header, the info rows and a row per competency; the
 * competency columns, a column per scale step and one per level. The parse stops past either.
 */
function csvBounds(limits: Limits): CsvBounds {
  return {
    maxRows: 1 + INFO_ROWS.length + limits.maxCompetencies,
    maxColumns: COMPETENCY_COLUMNS.length + limits.maxScaleSteps + limits.maxLevels,
    hint: {
      rows: `a header, ${INFO_ROWS.length} info rows and a row per competency; ${raiseHint("maxCompetencies")}`,
      columns: `${COMPETENCY_COLUMNS.length} competency columns, a column per scale step and one per level; ${raiseHint("maxLevels")}`,
    },
  };
}

/** The `#...` word in a row's id cell, which marks a row for people (`#title`, `#band`, `#track`); undefined for a competency row. */
function infoRowKind(row: CsvRow, idColumn: number): string | undefined {
  const id = (row.cells[idColumn]?.text ?? "").trim();
  return id.startsWith("#") ? id : undefined;
}

/**
 * What separates the header's cells instead of commas, when it is semicolons or tabs: a header
 * always has several columns, so one with no comma was written with another separator, and
 * parsing it as CSV would fail on a later row with a message about quotes.
 */
function otherSeparator(csv: string): string | undefined {
  const end = csv.indexOf("\n");
  const header = end === -1 ? csv : csv.slice(0, end);
  if (header.includes(",")) return undefined;
  return header.includes(";") ? "semicolons" : header.includes("\t") ? "tabs" : undefined;
}

const located = (f: CellFinding | Diagnostic, file: string | undefined, at: { line: number; column: number }): Diagnostic =>
  toDiagnostic(f, file, { line: at.line, column: at.column, endLine: at.line, endColumn: at.column });

/**
 * Reads the competency matrix from a CSV in the layout `ladderToCsv` writes, against a base ladder
 * that supplies the scale, categories, tracks and levels: the CSV supplies the competencies and
 * every expectation. Ids in the header and cells are checked against the base (a near miss gets
 * "did you mean"); the ladder that results is validated by the usual rules, and their findings
 * are located at the cell they are about. Never throws on bad input; a `csv` that is not a string
 * (a file's bytes: read it with `"utf8"`) is a TypeError. Round trip: for a valid ladder,
 * `importCsv(ladderToCsv(l), l)` resolves to the same ladder.
 *
 * @example
 * const { ladder: imported, diagnostics } = importCsv(text, ladder, { filename: "ladder.csv" });
 * if (imported) await writeFile("ladder.yaml", stringifyLadder(imported));
 */
export function importCsv(csv: string, base: ResolvedLadder, options: ImportCsvOptions = {}): ImportCsvResult {
  expectText(csv, "importCsv");
  const file = options.filename;
  const limits = resolveLimits(options.limits);
  const size = sizeOver(csv, limits.maxBytes);
  if (size !== undefined)
    return { diagnostics: [located({ rule: "file-size", severity: "error", message: fileSizeMessage(size, limits.maxBytes), path: [] }, file, { line: 1, column: 1 })] };
  const separator = otherSeparator(csv);
  if (separator !== undefined) {
    const message = `the header row has no comma but has ${separator}: save the sheet as comma-separated CSV (a spreadsheet in some locales writes ${separator} by default)`;
    return { diagnostics: [located({ rule: "csv-header", severity: "error", message, path: [] }, file, { line: 1, column: 1 })] };
  }
  const parsed = parseCsv(csv, csvBounds(limits));
  if ("error" in parsed)
    return { diagnostics: [located({ rule: parsed.error.rule ?? "csv-syntax", severity: "error", message: parsed.error.message, path: [] }, file, parsed.error)] };
  const [header, ...body] = parsed.rows;
  if (header === undefined) return { diagnostics: [located({ rule: "csv-header", severity: "error", message: "the file is empty: it needs a header row", path: [] }, file, { line: 1, column: 1 })] };
  const findings: CellFinding[] = [];
  const columns = readHeader(header, base, findings);
  const rows: CompetencyRow[] = [];
  const seen = new Set<string>();
  // Header errors include a missing id column: with none, no row is read.
  const idColumn = columns.fixed.get("id");
  if (idColumn !== undefined && !findings.some((f) => f.severity === "error"))
    for (const row of body) {
      if (findings.length >= MAX_FINDINGS) break;
      // By the cell in the id column, wherever that column is (columns are matched by name): no id
      // starts with '#', so such a row is one of the rows for people, never a competency.
      const kind = infoRowKind(row, idColumn);
      if (kind !== undefined) {
        if ((INFO_ROWS as readonly string[]).includes(kind)) checkInfoRow(row, kind, columns, base, findings);
        continue;
      }
      const read = readRow(row, columns, base, seen, findings);
      if (read) rows.push(read);
    }
  const diagnostics = findings.map((f) => located(f, file, f.at));
  if (findings.length >= MAX_FINDINGS)
    diagnostics.push(located({ rule: "csv-header", severity: "error", message: `stopped after ${MAX_FINDINGS} problems: is this a ladder exported by ladderkit?`, path: [] }, file, { line: 1, column: 1 }));
  if (hasErrors(diagnostics)) return { diagnostics: diagnostics.sort(compareDiagnostics) };
  if (rows.length === 0)
    return { diagnostics: [...diagnostics, located({ rule: "csv-header", severity: "error", message: "no competency rows under the header", path: [] }, file, header.cells[0]!)] };
  const ladder = assemble(base, rows);
  const locate = locator(ladder, columns, rows);
  const checked = validateLadder(ladder, { filename: file, limits: options.limits }).diagnostics.map((d) => located(d, file, locate(d.path)));
  const all = [...diagnostics, ...checked].sort(compareDiagnostics);
  return { ladder: hasErrors(all) ? undefined : ladder, diagnostics: all };
}
