import * as z from "zod";
import type { Finding, PathKey } from "../diagnostic.js";
import { didYouMean, didYouMeanText } from "./suggest.js";

/** A schema finding, and whether it is about a key (an unknown property) rather than a value. */
export interface SchemaFinding {
  readonly finding: Finding;
  readonly atKey: boolean;
}

type Issue = z.core.$ZodIssue;

/** The first 40 characters of a long string and an ellipsis; by code points, so an emoji is never cut in half (JSON would show its half as `\ud83d`). */
function shortened(value: string): string {
  if (value.length <= 40) return value;
  const chars = Array.from(value);
  return chars.length <= 40 ? value : `${chars.slice(0, 40).join("")}…`;
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the string ${JSON.stringify(shortened(value))}`;
  if (typeof value === "number") return Number.isInteger(value) ? `the integer ${value}` : `the number ${value}`;
  return `${typeof value} ${String(value)}`;
}

function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PathKey, unknown>)[key];
  }
  return value;
}

/** The property names a zod schema allows at a path of a value, for "did you mean" on unknown keys. */
function keysAt(schema: z.ZodType, root: unknown, path: readonly PathKey[]): string[] {
  let current: z.ZodType | undefined = schema;
  for (let i = 0; i <= path.length && current; i++) {
    // A pipe is a preprocessed schema (see idRecord): its keys are those of what it feeds.
    while (current instanceof z.ZodOptional || current instanceof z.ZodPipe)
      current = (current instanceof z.ZodPipe ? current.out : current.unwrap()) as z.ZodType;
    if (current instanceof z.ZodUnion) {
      const here = valueAt(root, path.slice(0, i));
      current = (current.options as z.ZodType[]).find((o) => o instanceof z.ZodObject) && typeof here === "object"
        ? (current.options as z.ZodType[]).find((o) => o instanceof z.ZodObject)
        : undefined;
    }
    if (i === path.length) break;
    if (current instanceof z.ZodObject) current = current.shape[path[i] as string] as z.ZodType | undefined;
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else if (current instanceof z.ZodRecord) current = current.valueType as z.ZodType;
    else current = undefined;
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

function expectedText(issue: Issue & { code: "invalid_type" }): string {
  if (issue.expected === "object" || issue.expected === "record") return "a mapping";
  if (issue.expected === "array") return "a list";
  if (issue.expected === "int") return "an integer";
  return `${/^[aeiou]/.test(issue.expected) ? "an" : "a"} ${issue.expected}`;
}

/** `band: ` for a property, nothing for a list item or the root. */
function subject(path: readonly PathKey[]): string {
  const last = path[path.length - 1];
  return typeof last === "string" ? `'${last}' ` : path.length === 0 ? "the document " : `item ${String(last)} `;
}

/** Turns one zod issue into findings, unfolding unions into the branch that fits the input's type. */
function convert(issue: Issue, schema: z.ZodType, root: unknown, prefix: readonly PathKey[]): SchemaFinding[] {
  const path = [...prefix, ...(issue.path as PathKey[])];
  const value = valueAt(root, path);
  const finding = (message: string, suggestion?: string): SchemaFinding => ({
    finding: { rule: "schema", severity: "error", message, path, suggestion },
    atKey: false,
  });
  // A required property left out fails on type or, for a literal or an enum, on value: say it is missing.
  const missing = (): SchemaFinding[] => {
    const message = `missing required property '${String(path[path.length - 1])}'`;
    return [{ finding: { rule: "schema", severity: "error", message, path: path.slice(0, -1) }, atKey: false }];
  };
  switch (issue.code) {
    case "unrecognized_keys": {
      const allowed = keysAt(schema, root, path);
      return issue.keys.map((key) => {
        const suggestion = didYouMean(key, allowed);
        const message = `unknown property '${key}'${didYouMeanText(suggestion)}`;
        return { finding: { rule: "schema", severity: "error", message, path: [...path, key], suggestion }, atKey: true };
      });
    }
    case "invalid_type":
      if (value === undefined) return missing();
      return [finding(`${subject(path)}must be ${expectedText(issue)}, found ${kindOf(value)}`)];
    case "invalid_value": {
      if (value === undefined) return missing();
      const allowed = issue.values.map((v) => String(v));
      const suggestion = typeof value === "string" ? didYouMean(value, allowed) : undefined;
      const expected = allowed.length === 1 ? `'${allowed[0]}'` : `one of ${allowed.map((v) => `'${v}'`).join(", ")}`;
      return [finding(`${subject(path)}must be ${expected}, found ${kindOf(value)}${didYouMeanText(suggestion)}`, suggestion)];
    }
    case "invalid_union": {
      // A branch whose root failed on type is one the input was never meant for.
      const fitting = issue.errors.filter((branch) => !branch.some((i) => i.code === "invalid_type" && i.path.length === 0));
      if (fitting.length > 0) return fitting[0]!.flatMap((i) => convert(i, schema, root, path));
      return [finding(`${subject(path)}must be a step id or a mapping, found ${kindOf(value)}`)];
    }
    case "too_small":
      if (issue.origin === "array") return [finding(`${subject(path)}must hold at least ${String(issue.minimum)} item(s)`)];
      return [finding(`${subject(path)}must be at least ${String(issue.minimum)}, found ${kindOf(value)}`)];
    case "too_big":
      return [finding(`${subject(path)}must be at most ${String(issue.maximum)}, found ${kindOf(value)}`)];
    default:
      return [finding(`${subject(path)}${issue.message}${value === undefined ? "" : `, found ${kindOf(value)}`}`)];
  }
}

const MERGE_KEY = "<<";
const MERGE_MESSAGE = "merge keys (<<) are not supported: write the keys out";

const samePath = (a: readonly PathKey[], b: readonly PathKey[]): boolean => a.length === b.length && a.every((key, i) => key === b[i]);

/**
 * Turns the issues of a failed zod parse into located-later findings. A YAML 1.1 merge key (`<<`) is
 * read as YAML 1.2, a key like any other (see compose in yaml.ts), which an object refuses as
 * unknown and a record as an invalid key. Each is reported once, at the key, as what it is; and
 * whatever else is found inside it, or missing from the mapping that holds it (the merge was meant
 * to supply it), is not reported.
 */
export function schemaFindings(issues: readonly Issue[], schema: z.ZodType, value: unknown): SchemaFinding[] {
  const findings = issues.flatMap((issue) => convert(issue, schema, value, []));
  const mergeKeyOf = (path: readonly PathKey[]): PathKey[] | undefined => {
    const at = path.indexOf(MERGE_KEY);
    return at === -1 ? undefined : path.slice(0, at + 1);
  };
  const merges: PathKey[][] = [];
  for (const { finding } of findings) {
    const key = mergeKeyOf(finding.path);
    if (key && !merges.some((seen) => samePath(seen, key))) merges.push(key);
  }
  if (merges.length === 0) return findings;
  const reported: PathKey[][] = [];
  return findings.flatMap(({ finding, atKey }): SchemaFinding[] => {
    const key = mergeKeyOf(finding.path);
    if (key) {
      if (reported.some((seen) => samePath(seen, key))) return [];
      reported.push(key);
      return [{ finding: { rule: "schema", severity: "error", message: MERGE_MESSAGE, path: key }, atKey: true }];
    }
    const missingHere = finding.message.startsWith("missing required property ") && merges.some((merge) => samePath(merge.slice(0, -1), finding.path));
    return missingHere ? [] : [{ finding, atKey }];
  });
}
