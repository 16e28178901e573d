import { LineCounter, Parser } from "yaml";
import { compareDiagnostics, toDiagnostic, type Diagnostic, type Severity } from "../diagnostic.js";
import { didYouMean, didYouMeanText } from "../load/suggest.js";
import { expectText, withLineFeeds, withoutBom } from "../load/decode.js";
import { rules as registry } from "./rules/index.js";

/** The rule id of every report about a directive: unused, misspelt, or naming a rule that does not exist. */
export const DIRECTIVE_RULE = "unused-disable";

/** What a directive does: silence the next line, or its own line, silence from here on, or end a silence. */
export type DirectiveKind = "disable-next-line" | "disable-line" | "disable" | "enable";

/** A `# ladderkit-disable…` or `# ladderkit-enable…` comment. Lines and columns are 1-based; the end is exclusive. */
export interface Directive {
  readonly kind: DirectiveKind;
  /** The rule ids it names, as written; empty for the bare form, which means every rule. */
  readonly rules: readonly string[];
  readonly line: number;
  readonly column: number;
  readonly endColumn: number;
}

/** Options for applying directives. */
export interface ApplyOptions {
  /** The rule ids a directive may silence. Default: the ids of the built-in registry. */
  readonly rules?: readonly string[] | undefined;
  /** The severity of reports about directives, or `off`. Default: `warning`. */
  readonly severity?: Severity | "off" | undefined;
}

const DIRECTIVE = /^#\s*ladderkit-(disable-next-line|disable-line|disable|enable)(?=\s|$)(.*)$/s;

/** A comment that starts as a directive does: `ladderkit-` and a word, perhaps misspelt. */
const LOOKS_LIKE = /^#\s*ladderkit-([A-Za-z]+(?:-[A-Za-z]+)*)/;

/** The directive words, the shorter first: a cut-off word ('disab') means the shortest it starts. */
const KINDS: readonly DirectiveKind[] = ["disable", "enable", "disable-line", "disable-next-line"];

/** A directive for one line: the next one, or (written after the YAML on a line) its own. */
const forOneLine = (x: Directive): boolean => x.kind === "disable-next-line" || x.kind === "disable-line";

/** The comments of YAML text, from its syntax tree, so a `#` inside a quoted or block scalar is not one. */
function comments(text: string, lineCounter: LineCounter): Array<{ offset: number; source: string }> {
  const found: Array<{ offset: number; source: string }> = [];
  // Walked without recursion: the text may nest deeper than the stack allows.
  const stack: unknown[] = Array.from(new Parser(lineCounter.addNewLine).parse(text));
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) for (const item of node) stack.push(item);
    else if (node !== null && typeof node === "object") {
      const token = node as { type?: unknown; offset?: unknown; source?: unknown };
      if (token.type === "comment" && typeof token.source === "string") found.push({ offset: Number(token.offset), source: token.source });
      else for (const value of Object.values(node)) if (value !== null && typeof value === "object") stack.push(value);
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/**
 * The directives in YAML text, in order: `# ladderkit-disable-next-line [rule, …]`,
 * `# ladderkit-disable-line [rule, …]` (after the YAML of the line it silences, as in ESLint),
 * `# ladderkit-disable [rule, …]` and `# ladderkit-enable [rule, …]`. Rules are separated by commas
 * or spaces; text after ` -- ` is a reason and is ignored. Only real comments count. Text that is
 * not a string (a file's bytes: read it with `"utf8"`) is a TypeError.
 *
 * @example
 * findDirectives("a: 1 # ladderkit-disable-next-line duplicate-title\n");
 * // [{ kind: "disable-next-line", rules: ["duplicate-title"], line: 1, column: 6, endColumn: 51 }]
 */
export function findDirectives(text: string): Directive[] {
  expectText(text, "findDirectives");
  return readDirectives(text).directives;
}

/** A comment that starts as a directive does but is none, and the directive it most likely meant. */
interface Misspelt {
  readonly word: string;
  readonly meant: DirectiveKind;
  readonly line: number;
  readonly column: number;
  readonly endColumn: number;
}

/** The directives of YAML text, and the comments that look like misspelt ones, from one parse. */
function readDirectives(text: string): { directives: Directive[]; misspelt: Misspelt[] } {
  text = withLineFeeds(withoutBom(text)); // as parseYaml does, so lines and columns agree
  const directives: Directive[] = [];
  const misspelt: Misspelt[] = [];
  if (!text.includes("ladderkit-")) return { directives, misspelt };
  const lineCounter = new LineCounter();
  for (const comment of comments(text, lineCounter)) {
    const source = comment.source.trimEnd();
    // Where the comment is, found only for a directive or a near miss: most comments are neither.
    const at = () => {
      const { line, col } = lineCounter.linePos(comment.offset);
      return { line, column: col, endColumn: col + source.length };
    };
    const match = DIRECTIVE.exec(source);
    if (match) {
      const list = match[2]!.replace(/(^|\s)--(\s.*)?$/s, "").trim();
      const rules = [...new Set(list.split(/[\s,]+/).filter(Boolean))];
      directives.push({ kind: match[1] as DirectiveKind, rules, ...at() });
      continue;
    }
    const word = LOOKS_LIKE.exec(source)?.[1];
    if (word === undefined) continue;
    // A directive word run into what follows it ('disable-line:x') is misspelt too; a word far from
    // every directive ('# ladderkit-compatible') is an ordinary comment.
    const meant = KINDS.find((kind) => kind === word) ?? (didYouMean(word, KINDS) as DirectiveKind | undefined);
    if (meant !== undefined) misspelt.push({ word, meant, ...at() });
  }
  return { directives, misspelt };
}

/**
 * A report (rule `unused-disable`) of each misspelt directive: `# ladderkit-disable-nextline x`
 * silences nothing, and without this report nothing would say why.
 */
function misspeltReports(misspelt: readonly Misspelt[], file: string | undefined, severity: Severity): Diagnostic[] {
  return misspelt.map((x) => {
    const message =
      x.word === x.meant
        ? `'ladderkit-${x.word}' must be followed by a space before its rules`
        : `'ladderkit-${x.word}' is not a ladderkit directive (did you mean 'ladderkit-${x.meant}'?)`;
    return directiveReport(x, file, severity, message, `ladderkit-${x.meant}`);
  });
}

/** A report (rule `unused-disable`) at a directive's comment, or at a misspelt one's. */
function directiveReport(
  x: { readonly line: number; readonly column: number; readonly endColumn: number },
  file: string | undefined,
  severity: Severity,
  message: string,
  suggestion: string | undefined,
): Diagnostic {
  const finding = { rule: DIRECTIVE_RULE, severity, message, path: [], suggestion };
  return toDiagnostic(finding, file, { line: x.line, column: x.column, endLine: x.line, endColumn: x.endColumn });
}

/** The severity of reports about directives when `ApplyOptions` gives none. */
const DEFAULT_SEVERITY: Severity = "warning";

/**
 * What the loaders do with the directives of a file: `applyDirectives` with the directives of
 * `text`, and a report of each comment that looks like a misspelt directive.
 */
export function withDirectivesOf(diagnostics: readonly Diagnostic[], text: string, file: string | undefined, options: ApplyOptions = {}): Diagnostic[] {
  const { directives, misspelt } = readDirectives(text);
  const applied = applyDirectives(diagnostics, directives, file, options);
  const severity = options.severity ?? DEFAULT_SEVERITY;
  if (severity === "off" || misspelt.length === 0) return applied;
  return [...applied, ...misspeltReports(misspelt, file, severity)].sort(compareDiagnostics);
}

const names = (rules: readonly string[], rule: string): boolean => rules.length === 0 || rules.includes(rule);

/**
 * Finds the directive (and which of its rules, `*` for all) that silences a diagnostic, as a key.
 * Indexed by line and by rule, so a file with many findings and many directives costs their sum,
 * not their product.
 */
function silencers(directives: readonly Directive[]): (d: Diagnostic) => string | undefined {
  const key = (i: number, rule: string): string => `${i}:${directives[i]!.rules.length === 0 ? "*" : rule}`;
  // The one-line directives by the line they silence.
  const oneLine = new Map<number, number[]>();
  directives.forEach((x, i) => {
    if (!forOneLine(x)) return;
    const at = x.kind === "disable-next-line" ? x.line + 1 : x.line;
    const list = oneLine.get(at);
    if (list) list.push(i);
    else oneLine.set(at, [i]);
  });
  // Per rule, the block directives that name it (or every rule), in order: the last one at or above
  // a line decides, a disable silences and an enable does not.
  const blocks = new Map<string, number[]>();
  const blocksOf = (rule: string): number[] => {
    let list = blocks.get(rule);
    if (list === undefined) {
      list = [];
      directives.forEach((x, i) => {
        if (!forOneLine(x) && names(x.rules, rule)) list!.push(i);
      });
      blocks.set(rule, list);
    }
    return list;
  };
  return (d) => {
    const line = d.line ?? 0;
    const next = oneLine.get(line)?.find((i) => names(directives[i]!.rules, d.rule));
    if (next !== undefined) return key(next, d.rule);
    const list = blocksOf(d.rule);
    // Binary search for the last directive at or above the line (directives are in text order).
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (directives[list[mid]!]!.line <= line) low = mid + 1;
      else high = mid;
    }
    const last = low === 0 ? undefined : list[low - 1]!;
    return last !== undefined && directives[last]!.kind === "disable" ? key(last, d.rule) : undefined;
  };
}

/** Keys (as `silencer` makes) of the enables, or the rules they name, that end no disable. */
function idleEnables(directives: readonly Directive[]): Set<string> {
  const idle = new Set<string>();
  let all = false;
  const named = new Set<string>(); // disabled by name
  const back = new Set<string>(); // enabled again by name while all are disabled
  directives.forEach((x, i) => {
    if (forOneLine(x)) return;
    if (x.kind === "disable" && x.rules.length === 0) {
      all = true;
      named.clear();
      back.clear();
    }
    if (x.kind === "disable") {
      for (const r of x.rules) {
        named.add(r);
        back.delete(r);
      }
      return;
    }
    if (x.rules.length === 0) {
      if (!all && named.size === 0) idle.add(`${i}:*`);
      all = false;
      named.clear();
      back.clear();
    }
    for (const r of x.rules) {
      if (!named.has(r) && !(all && !back.has(r))) idle.add(`${i}:${r}`);
      named.delete(r);
      if (all) back.add(r);
    }
  });
  return idle;
}

function message(x: Directive, rule: string | undefined, ids: readonly string[]): string {
  if (rule !== undefined && !ids.includes(rule)) return `'${rule}' is not a ladderkit rule${didYouMeanText(didYouMean(rule, ids))}`;
  const what = rule === undefined ? "" : ` '${rule}'`;
  if (x.kind === "enable") return `unused ladderkit-enable directive (no ladderkit-disable${what} to end)`;
  return `unused ladderkit-${x.kind} directive (no${what} problem to silence)`;
}

/**
 * Removes the diagnostics of `file` that directives silence, and reports (rule `unused-disable`)
 * each directive, or each rule it names, that silenced nothing, and each named rule that does not
 * exist. Only rule findings can be silenced: YAML, schema and loader errors cannot. When such an
 * error is present the rules did not run, so no directive is reported unused.
 *
 * @example
 * const { diagnostics } = parseLadder(text, { filename });
 * const shown = applyDirectives(diagnostics, findDirectives(text), filename);
 */
export function applyDirectives(
  diagnostics: readonly Diagnostic[],
  directives: readonly Directive[],
  file: string | undefined,
  options: ApplyOptions = {},
): Diagnostic[] {
  const ids = options.rules ?? Object.keys(registry);
  const used = new Set<string>();
  const silencer = silencers(directives);
  const kept = diagnostics.filter((d) => {
    if (d.file !== file || d.line === undefined || !ids.includes(d.rule)) return true;
    const key = silencer(d);
    if (key !== undefined) used.add(key);
    return key === undefined;
  });
  const severity = options.severity ?? DEFAULT_SEVERITY;
  if (severity === "off") return kept;
  const rulesRan = !diagnostics.some((d) => d.file === file && d.severity === "error" && !ids.includes(d.rule));
  const idle = idleEnables(directives);
  const reports = directives.flatMap((x, i) =>
    (x.rules.length === 0 ? [undefined] : x.rules).flatMap((rule) => {
      const key = `${i}:${rule ?? "*"}`;
      const unknown = rule !== undefined && !ids.includes(rule);
      const unused = x.kind === "enable" ? idle.has(key) : !used.has(key);
      if (!unknown && !(rulesRan && unused)) return [];
      const suggestion = unknown ? didYouMean(rule, ids) : undefined;
      return [directiveReport(x, file, severity, message(x, rule, ids), suggestion)];
    }),
  );
  return [...kept, ...reports].sort(compareDiagnostics);
}
