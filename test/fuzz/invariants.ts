import { stringify } from "yaml";
import { parseLadder, type Diagnostic, type LadderResult, type ResolvedLadder } from "../../src/index.js";

/** A broken invariant: what broke, for the report. */
export class InvariantError extends Error {
  override name = "InvariantError";
}

function fail(what: string, d?: Diagnostic): never {
  throw new InvariantError(d === undefined ? what : `${what}: ${JSON.stringify(d)}`);
}

const SEVERITIES = new Set(["error", "warning", "info"]);
const isPosition = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 1;

/**
 * Every diagnostic has a rule, a severity, a message and a path; for text, a 1-based line and
 * column inside the text and an end that is not before the start. Without text, no position.
 */
export function checkDiagnostics(diagnostics: readonly Diagnostic[], text: string | undefined, file: string | undefined): void {
  if (!Array.isArray(diagnostics)) fail("diagnostics is not an array");
  // Positions are in the text as parsed: a byte order mark is not part of it, and a lone CR (old
  // Mac OS line endings) is a line break, as an LF.
  const lines = text === undefined ? undefined : (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\n|\r(?!\n)/);
  for (const d of diagnostics) {
    if (typeof d.rule !== "string" || d.rule === "") fail("no rule", d);
    if (!SEVERITIES.has(d.severity)) fail("no severity", d);
    if (typeof d.message !== "string" || d.message.trim() === "") fail("no message", d);
    if (!Array.isArray(d.path)) fail("no path", d);
    if (d.file !== file) fail(`file is not ${String(file)}`, d);
    if (lines === undefined) {
      if (d.line !== undefined) fail("a position without text", d);
      continue;
    }
    if (!isPosition(d.line) || !isPosition(d.column) || !isPosition(d.endLine) || !isPosition(d.endColumn)) fail("not located", d);
    if (d.line > lines.length || d.endLine > lines.length) fail(`line past the end (${lines.length} lines)`, d);
    if (d.column > lines[d.line - 1]!.length + 1) fail("column past the end of its line", d);
    if (d.endColumn > lines[d.endLine - 1]!.length + 1) fail("end column past the end of its line", d);
    if (d.endLine < d.line || (d.endLine === d.line && d.endColumn < d.column)) fail("end before start", d);
  }
}

/** A result's ladder and its errors agree: a ladder exactly when there is no error. */
export function checkOutcome(result: { diagnostics: readonly Diagnostic[] }, value: unknown): void {
  const errors = result.diagnostics.some((d) => d.severity === "error");
  if (errors === (value !== undefined)) fail(errors ? "a value beside errors" : "no value and no error");
}

/** What a resolved ladder means, as plain data: everything but the source object. */
export function meaning(ladder: ResolvedLadder): unknown {
  return {
    id: ladder.id,
    name: ladder.name,
    version: ladder.version,
    scale: ladder.scale,
    categories: ladder.categories,
    competencies: ladder.competencies,
    tracks: ladder.tracks,
    levels: ladder.levels.map((level) => ({ ...level, expectations: [...level.expectations.entries()] })),
    moves: ladder.moves,
  };
}

/** A valid ladder survives re-serialisation: written as YAML and parsed again, it resolves the same. */
export function checkRoundTrip(result: LadderResult): void {
  if (!result.ladder) return;
  const again = parseLadder(stringify(result.ladder.source), { filename: "again.yaml" });
  if (!again.ladder) fail(`re-serialised, it does not load: ${JSON.stringify(again.diagnostics.slice(0, 3))}`);
  const [a, b] = [JSON.stringify(meaning(result.ladder)), JSON.stringify(meaning(again.ladder))];
  if (a !== b) fail(`re-serialised, it resolves differently:\n${a.slice(0, 400)}\n${b.slice(0, 400)}`);
}
