import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import {
  type Category,
  type CompetencyGap,
  type CompetencyStatus,
  type Competency,
  type ConfigFile,
  ConfigSchema,
  type Diagnostic,
  type EncodedTeam,
  type Expectation,
  GAP_FORMATS,
  type GapFormat,
  type GapOptions,
  type GapReport,
  type Hop,
  type Ladder,
  type LadderResult,
  type Level,
  type LevelRef,
  type LoadedProfile,
  type LoadOptions,
  type MoveKind,
  type ParseOptions,
  type ParseProfileOptions,
  type PersonalGoal,
  type Profile,
  type ProfileResult,
  RATING_STATUSES,
  type Rating,
  type RatingDetail,
  type RatingSource,
  type RatingStatus,
  type Readiness,
  type ReadinessLabel,
  REPORT_VERSION,
  type RenderOptions,
  type ResolvedExpectation,
  type ResolvedLadder,
  type ScaleStep,
  type StepRef,
  TRACK_KINDS,
  type TargetAnalysis,
  type TeamMember,
  type TeamReport,
  type TeamTarget,
  type Track,
  type TrackKind,
  analyzeGap,
  analyzeTeam,
  loadLadder,
  loadProfile,
  parseLadder,
  parseProfile,
  renderGapReport,
  renderTeamReport,
  validateLadder,
  validateProfile,
} from "../src/index.js";

// Type tests for the public API, checked by `tsc --noEmit` (part of `npm test`): the model types
// zod infers, the shapes of the reports, and the signatures of the entry points. Each describe also
// runs what it types, so a wrong type and a wrong value cannot agree by accident. test/types.test.ts
// has the first few of these; this file covers the rest.

const ROOT = fileURLToPath(new URL("..", import.meta.url));

const { ladder } = await loadLadder(join(ROOT, "ladders/dual-track.yaml"));
const { profile } = await loadProfile(join(ROOT, "ladders/profiles/senior-at-fork.yaml"), { ladder });
if (!ladder || !profile) throw new Error("the sample ladder or profile does not load");

/**
 * `true` when a value of type T comes out of `JSON.parse(JSON.stringify(value))` as it went in:
 * plain objects, arrays, strings, numbers, booleans and null; no Map, Set, Date, function or bigint.
 */
type JsonSafe<T> = T extends string | number | boolean | null | undefined
  ? true
  : T extends ((...args: never[]) => unknown) | ReadonlyMap<unknown, unknown> | ReadonlySet<unknown> | Date | bigint
    ? false
    : T extends readonly (infer U)[]
      ? JsonSafe<U>
      : false extends { [K in keyof T]-?: JsonSafe<T[K]> }[keyof T]
        ? false
        : true;

describe("the model types zod infers", () => {
  it("are the parts of Ladder and Profile", () => {
    expectTypeOf<ScaleStep>().toEqualTypeOf<Ladder["scale"][number]>();
    expectTypeOf<Category>().toEqualTypeOf<Ladder["categories"][number]>();
    expectTypeOf<Competency>().toEqualTypeOf<Ladder["competencies"][number]>();
    expectTypeOf<Track>().toEqualTypeOf<Ladder["tracks"][number]>();
    expectTypeOf<Level>().toEqualTypeOf<Track["levels"][number]>();
    expectTypeOf<Expectation>().toEqualTypeOf<NonNullable<Level["expectations"]>[string]>();
    expectTypeOf<Rating>().toEqualTypeOf<Profile["ratings"][string]>();
    expectTypeOf<RatingDetail>().toEqualTypeOf<Exclude<Rating, string>>();
    expectTypeOf<PersonalGoal>().toEqualTypeOf<NonNullable<Profile["goals"]>[number]>();
    expectTypeOf<ConfigFile>().toEqualTypeOf<z.infer<typeof ConfigSchema>>();
  });

  it("take their closed sets from the exported constants", () => {
    expectTypeOf<TrackKind>().toEqualTypeOf<(typeof TRACK_KINDS)[number]>();
    expectTypeOf<RatingStatus>().toEqualTypeOf<(typeof RATING_STATUSES)[number]>();
    expectTypeOf<NonNullable<RatingDetail["status"]>>().toEqualTypeOf<RatingStatus>();
    expectTypeOf<GapFormat>().toEqualTypeOf<(typeof GAP_FORMATS)[number]>();
    expectTypeOf<Expectation>().toEqualTypeOf<string | { step: string; description?: string | undefined }>();
    expect(TRACK_KINDS).toEqual(["individual-contributor", "management", "technical-leadership", "executive"]);
    expect(RATING_STATUSES).toEqual(["not-applicable", "no-opportunity"]);
    expect(GAP_FORMATS).toEqual(["json", "markdown", "html", "text"]);
  });

  it("type what the loader returns", () => {
    expectTypeOf(profile).toEqualTypeOf<Profile>();
    expectTypeOf(ladder.source).toEqualTypeOf<Ladder>();
    expectTypeOf(ladder.levels[0]!.expectations).toEqualTypeOf<ReadonlyMap<string, ResolvedExpectation>>();
    expect(ladder.source.kind).toBe("Ladder");
    expect(profile.kind).toBe("Profile");
  });
});

describe("the report types", () => {
  const report = analyzeGap(ladder, profile);
  const team = analyzeTeam(ladder, [profile]);

  it("give a gap report a fixed set of fields, told apart by kind and version", () => {
    expectTypeOf<keyof GapReport>().toEqualTypeOf<
      "kind" | "version" | "ladder" | "person" | "date" | "current" | "currentReadiness" | "targets" | "calibration" | "personalGoals" | "scale"
    >();
    expectTypeOf<GapReport["kind"]>().toEqualTypeOf<"GapReport">();
    expectTypeOf<GapReport["version"]>().toEqualTypeOf<1>();
    expectTypeOf<GapReport["current"]>().toEqualTypeOf<LevelRef>();
    expectTypeOf<GapReport["targets"]>().toEqualTypeOf<readonly TargetAnalysis[]>();
    expectTypeOf<GapReport["scale"]>().toEqualTypeOf<readonly StepRef[]>();
    expectTypeOf<LevelRef["trackKind"]>().toEqualTypeOf<TrackKind>();
    expect(report.kind).toBe("GapReport");
    expect(report.version).toBe(REPORT_VERSION);
  });

  it("give each target its path, competencies, readiness and goals", () => {
    expectTypeOf<keyof TargetAnalysis>().toEqualTypeOf<"level" | "reason" | "path" | "competencies" | "rising" | "readiness" | "goals">();
    expectTypeOf<TargetAnalysis["reason"]>().toEqualTypeOf<"next" | "named">();
    expectTypeOf<TargetAnalysis["path"]>().toEqualTypeOf<readonly Hop[]>();
    expectTypeOf<Hop["kind"]>().toEqualTypeOf<MoveKind>();
    expectTypeOf<TargetAnalysis["competencies"]>().toEqualTypeOf<readonly CompetencyGap[]>();
    expectTypeOf<TargetAnalysis["readiness"]>().toEqualTypeOf<Readiness>();
    expect(report.targets.map((t) => t.reason)).toEqual(["next", "next"]);
  });

  it("type a competency gap's status, assessment and reason", () => {
    expectTypeOf<CompetencyGap["status"]>().toEqualTypeOf<CompetencyStatus>();
    expectTypeOf<CompetencyGap["gap"]>().toEqualTypeOf<number>();
    expectTypeOf<CompetencyGap["expected"]>().toEqualTypeOf<StepRef>();
    expectTypeOf<CompetencyGap["assessed"]>().toEqualTypeOf<(StepRef & { readonly source: RatingSource }) | undefined>();
    expectTypeOf<RatingSource>().toEqualTypeOf<"agreed" | "manager" | "self">();
    expectTypeOf<CompetencyGap["reason"]>().toEqualTypeOf<"not-applicable" | "no-opportunity" | undefined>();
    const statuses = new Set(report.targets.flatMap((t) => t.competencies.map((c) => c.status)));
    expect([...statuses].every((s) => ["met", "gap", "unassessed", "not-applicable"].includes(s))).toBe(true);
  });

  it("give readiness counts, shares and a closed label", () => {
    expectTypeOf<Readiness>().toEqualTypeOf<{
      readonly counted: number;
      readonly met: number;
      readonly gaps: number;
      readonly unassessed: number;
      readonly notApplicable: number;
      readonly share: number;
      readonly totalGap: number;
      readonly weightedGap: number;
      readonly label: ReadinessLabel;
    }>();
    expectTypeOf<ReadinessLabel>().toEqualTypeOf<"ready" | "nearly-ready" | "developing" | "not-yet">();
    expect(report.currentReadiness.share).toBeGreaterThanOrEqual(0);
  });

  it("give a team report people, readiness by level, shared gaps and bands", () => {
    expectTypeOf<keyof TeamReport>().toEqualTypeOf<"kind" | "version" | "ladder" | "size" | "people" | "readyFor" | "sharedGaps" | "bands">();
    expectTypeOf<TeamReport["kind"]>().toEqualTypeOf<"TeamReport">();
    expectTypeOf<TeamReport["version"]>().toEqualTypeOf<GapReport["version"]>();
    expectTypeOf<TeamReport["people"]>().toEqualTypeOf<readonly TeamMember[]>();
    expectTypeOf<TeamMember["targets"]>().toEqualTypeOf<readonly TeamTarget[]>();
    expectTypeOf<TeamTarget["label"]>().toEqualTypeOf<ReadinessLabel>();
    expectTypeOf<TeamReport["readyFor"][number]["level"]>().toEqualTypeOf<LevelRef>();
    expect(team.kind).toBe("TeamReport");
    expect(team.people.map((p) => p.name)).toEqual(["Dana Okafor"]);
  });

  it("are plain JSON data, unlike the resolved ladder", () => {
    expectTypeOf<JsonSafe<GapReport>>().toEqualTypeOf<true>();
    expectTypeOf<JsonSafe<TeamReport>>().toEqualTypeOf<true>();
    expectTypeOf<JsonSafe<Diagnostic>>().toEqualTypeOf<true>();
    expectTypeOf<JsonSafe<ResolvedLadder>>().toEqualTypeOf<false>();
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    expect(JSON.parse(JSON.stringify(team))).toEqual(team);
  });

  it("are read-only", () => {
    const mutate = (r: GapReport, t: TeamReport): void => {
      // @ts-expect-error a report's fields are readonly
      r.kind = "GapReport";
      // @ts-expect-error nested objects too
      r.targets[0]!.readiness.share = 1;
      // @ts-expect-error and its arrays
      r.targets.push(r.targets[0]!);
      // @ts-expect-error a team report's too
      t.people[0]!.targets[0]!.label = "ready";
    };
    expectTypeOf(mutate).toBeFunction();
  });
});

describe("the entry points' signatures", () => {
  it("parse YAML text into a result that holds the document only when it has no error", () => {
    expectTypeOf(parseLadder).toEqualTypeOf<(text: string, options?: ParseOptions) => LadderResult>();
    expectTypeOf(parseProfile).toEqualTypeOf<(text: string, options?: ParseProfileOptions) => ProfileResult>();
    expectTypeOf<LadderResult>().toEqualTypeOf<{ readonly ladder?: ResolvedLadder | undefined; readonly diagnostics: Diagnostic[] }>();
    expectTypeOf<ProfileResult>().toEqualTypeOf<{ readonly profile?: Profile | undefined; readonly diagnostics: Diagnostic[] }>();
    expectTypeOf<ParseProfileOptions>().toExtend<ParseOptions>();
    expectTypeOf<ParseProfileOptions["ladder"]>().toEqualTypeOf<ResolvedLadder | undefined>();
    const result = parseLadder("kind: Ladder\n");
    if (result.ladder) expectTypeOf(result.ladder).toEqualTypeOf<ResolvedLadder>();
    expect(result.ladder).toBeUndefined();
    expect(result.diagnostics.length).toBeGreaterThan(0);
  });

  it("validate plain data of any type, within the limits on strings and counts", () => {
    expectTypeOf(validateLadder).toEqualTypeOf<(value: unknown, options?: ParseOptions) => LadderResult>();
    expectTypeOf(validateProfile).toEqualTypeOf<(value: unknown, options?: ParseProfileOptions) => ProfileResult>();
    expect(validateLadder({}, { limits: { maxLevels: 1 } }).diagnostics.length).toBeGreaterThan(0);
    expect(validateProfile(profile, { ladder }).profile).toEqual(profile);
  });

  it("load files asynchronously, a profile with the ladder it was checked against", async () => {
    expectTypeOf(loadLadder).toEqualTypeOf<(path: string, options?: LoadOptions) => Promise<LadderResult>>();
    expectTypeOf(loadProfile).toEqualTypeOf<(path: string, options?: LoadOptions) => Promise<LoadedProfile>>();
    expectTypeOf<LoadedProfile>().toEqualTypeOf<{
      readonly profile?: Profile | undefined;
      readonly ladder?: ResolvedLadder | undefined;
      readonly diagnostics: Diagnostic[];
    }>();
    expectTypeOf<LoadOptions>().toExtend<ParseProfileOptions>();
    const pending = loadProfile(join(ROOT, "ladders/profiles/senior-at-fork.yaml"));
    expect(pending).toBeInstanceOf(Promise);
    expect((await pending).ladder?.id).toBe("dual-track");
  });

  it("analyse a profile, or a team as profiles or columns", () => {
    expectTypeOf(analyzeGap).toEqualTypeOf<(ladder: ResolvedLadder, profile: Profile, options?: GapOptions) => GapReport>();
    expectTypeOf(analyzeTeam).toEqualTypeOf<(ladder: ResolvedLadder, team: readonly Profile[] | EncodedTeam) => TeamReport>();
    expectTypeOf<GapOptions["target"]>().toEqualTypeOf<string | undefined>();
    expect(analyzeGap(ladder, profile, { target: "cto" }).targets[0]!.level.id).toBe("cto");
  });

  it("render a report in one of the formats", () => {
    expectTypeOf(renderGapReport).toEqualTypeOf<(report: GapReport, format: GapFormat, options?: RenderOptions) => string>();
    expectTypeOf(renderTeamReport).toEqualTypeOf<(report: TeamReport, format: GapFormat, options?: RenderOptions) => string>();
    const report = analyzeGap(ladder, profile);
    // @ts-expect-error only the formats of GAP_FORMATS
    expect(() => renderGapReport(report, "pdf")).toThrow(TypeError);
    // @ts-expect-error a gap report is not a team report
    expect(() => renderTeamReport(report, "text")).toThrow();
    expect(renderGapReport(report, "json")).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });
});

/** Every `any` written as a type in a declaration file, as `file:line: text`; comments and strings are not types. */
function anyTypes(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.AnyKeyword) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push(`${file}:${line + 1}: ${text.split("\n")[line]!.trim()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const compilerOptions: ts.CompilerOptions = {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: ["node"],
};

/** The exports of src/index.ts: whether each is a value, and the constraints of a generic type's parameters. */
function publicExports(): Array<{ name: string; value: boolean; parameters: string[] }> {
  const entry = join(ROOT, "src/index.ts");
  const program = ts.createProgram([entry], compilerOptions);
  const checker = program.getTypeChecker();
  return checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(entry)!)!).map((exported) => {
    const symbol = checker.getAliasedSymbol(exported);
    const declaration = symbol.declarations?.[0];
    const typeParameters = declaration && (ts.isInterfaceDeclaration(declaration) || ts.isTypeAliasDeclaration(declaration)) ? declaration.typeParameters : undefined;
    const parameters = (typeParameters ?? []).map((p) => p.constraint?.getText() ?? "unknown");
    return { name: exported.name, value: (symbol.flags & ts.SymbolFlags.Value) !== 0, parameters };
  });
}

/** Type-checks one file that exists only in memory, beside the project's real files; its problems with their 0-based lines. */
function typeCheck(file: string, source: string): Array<{ message: string; line?: number }> {
  const host = ts.createCompilerHost(compilerOptions);
  const read = host.getSourceFile;
  host.getSourceFile = (name, language, ...rest) => (name === file ? ts.createSourceFile(name, source, language) : read.call(host, name, language, ...rest));
  const exists = host.fileExists;
  host.fileExists = (name) => name === file || exists.call(host, name);
  return ts.getPreEmitDiagnostics(ts.createProgram({ rootNames: [file], options: compilerOptions, host })).map((d) => ({
    message: ts.flattenDiagnosticMessageText(d.messageText, "\n"),
    line: d.file?.fileName === file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : undefined,
  }));
}

/** The declaration files of the package: where package.json points for types, and any other in dist/. */
function declarationFiles(): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { types?: string; exports: unknown };
  const types = (value: unknown, key = ""): string[] =>
    typeof value === "string" ? (key === "types" ? [value] : []) : value && typeof value === "object" ? Object.entries(value).flatMap(([k, v]) => types(v, k)) : [];
  const pointed = [...(pkg.types ? [pkg.types] : []), ...types(pkg.exports)].map((p) => p.replace(/^\.\//, ""));
  const inDist = readdirSync(join(ROOT, "dist"), { recursive: true, encoding: "utf8" })
    .filter((p) => /\.d\.[cm]?ts$/.test(p))
    .map((p) => `dist/${p.split("\\").join("/")}`);
  return [...new Set([...pointed, ...inDist])].sort();
}

describe("the built declarations", () => {
  it("include the ESM and CJS entry points package.json points at", () => {
    expect(declarationFiles()).toEqual(expect.arrayContaining(["dist/index.d.ts", "dist/index.d.cts"]));
  });

  it("have no `any` (dist/ is built by test/global-setup.ts)", () => {
    const found = declarationFiles().flatMap((file) => anyTypes(file, readFileSync(join(ROOT, file), "utf8")));
    expect(found).toEqual([]);
  });

  it.each([
    ["import", "mts"],
    ["require", "cts"],
  ])("type every export as the sources do, through %s", (_, extension) => {
    const file = join(ROOT, "test", `__built_types__.${extension}`);
    // A type-only import of the ESM sources from CommonJS says how to resolve them.
    const mode = extension === "cts" ? ' with { "resolution-mode": "import" }' : "";
    const checks = publicExports().map(({ name, value, parameters }, i) => {
      const args = parameters.length > 0 ? `<${parameters.join(", ")}>` : "";
      const [b, s] = value ? [`typeof built.${name}`, `typeof src.${name}`] : [`built.${name}${args}`, `src.${name}${args}`];
      return `export const check${i}: Equal<${b}, ${s}> = true; // ${name}`;
    });
    const source = [
      'import type * as built from "ladderkit";',
      `import type * as src from "../src/index.js"${mode};`,
      "type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;",
      ...checks,
    ].join("\n");
    const problems = typeCheck(file, source).map((p) => `${p.message}\n    ${source.split("\n")[p.line ?? 0]}`);
    expect(checks.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
    // A whole-program type check of the built declarations: seconds alone, more on a busy machine.
  }, 90_000);

  it.each([
    ["a property", "declare const x: { a: any };", 1],
    ["a type argument", "declare function f(): Promise<any>;", 1],
    ["an array", "type A = any[];", 1],
    ["a union", "type A = string | any;", 1],
    ["a return type", "type F = () => any;", 1],
    ["a parameter", "declare function f(a: any, b: Array<any>): void;", 2],
    ["a comment", "/** Works with any ladder. */ declare const x: string; // any", 0],
    ["a string literal type", 'type A = "any" | `any${string}`;', 0],
    ["a property named any", "interface I { any: string; readonly anyway?: number }", 0],
  ])("finds `any` as a type in %s", (_, text, count) => {
    expect(anyTypes("x.d.ts", text)).toHaveLength(count);
  });
});
