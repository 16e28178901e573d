/**
 * ladderkit: career ladders with a management track and a technical-leadership track side by side.
 * Parse and validate ladders and profiles, with located diagnostics; analyse the gap between a
 * person and any level, and a whole team at once.
 *
 * @packageDocumentation
 */

export { parseLadder, parseProfile, validateLadder, validateProfile } from "./api/parse.js";
export { checkText, loadDocument, loadLadder, loadProfile, readText } from "./api/load.js";
export { resolveLadder } from "./model/resolve.js";
export { flattenLadder } from "./model/flatten.js";
export { stringifyLadder } from "./report/ladder-yaml.js";
export { entryLevels, reachableFrom, shortestPath, PROMOTION_KINDS } from "./model/graph.js";
export { LadderSchema } from "./model/ladder.js";
export { LadderExtensionSchema } from "./model/extension.js";
export { ProfileSchema, RatingSchema, RATING_STATUSES } from "./model/profile.js";
export { TRACK_KINDS } from "./model/track.js";
export { API_VERSION } from "./model/common.js";
export { DEFAULT_LIMITS } from "./load/limits.js";
export { compareDiagnostics, formatPath, hasErrors } from "./diagnostic.js";
export { rules } from "./validate/rules/index.js";
export { runLadderRules, runProfileRules } from "./validate/run-rules.js";
export { defineLadderRule, defineProfileRule } from "./validate/define-rule.js";
export { analyzeGap } from "./gap/analyze-gap.js";
export { analyzeTeam } from "./gap/team.js";
export { encodeTeam, NOT_APPLICABLE, UNASSESSED } from "./gap/team-encode.js";
export { READINESS_THRESHOLDS } from "./gap/compare.js";
export { REPORT_VERSION } from "./gap/types.js";
export { GAP_FORMATS, renderGapReport, renderTeamReport } from "./report/gap/index.js";
export { escapeHtml, escapeMarkdown } from "./report/gap/escape.js";
export { LADDER_FORMATS, renderLadder } from "./report/ladder/index.js";
export { explainLevel } from "./gap/explain.js";
export { EXPLAIN_FORMATS, renderExplanation } from "./report/explain/index.js";
export { CONFIG_FILENAMES, ConfigSchema, createConfigCache, findConfig, loadConfig, parseConfig } from "./config/index.js";
export { applyDirectives, findDirectives } from "./validate/disables.js";
export { diffLadders } from "./diff/diff-ladders.js";
export { CHANGE_KINDS, DIFF_SUBJECTS, DIFF_VERSION } from "./diff/types.js";
export { changeMatches, FAIL_ON_WORDS } from "./diff/fail-on.js";
export { DIFF_FORMATS, renderDiff } from "./report/diff/index.js";
export { migrateProfile } from "./migrate/migrate-profile.js";
export { migrateProfileText } from "./migrate/profile-text.js";
export { ladderToCsv } from "./csv/export.js";
export { importCsv } from "./csv/import.js";
export { ladderToCase } from "./case/package.js";

export type { Diagnostic, Finding, PathKey, Severity } from "./diagnostic.js";
export type { LadderResult, ParseOptions, ParseProfileOptions, ProfileResult } from "./api/parse.js";
export type { DocumentResult, LoadedProfile, LoadOptions, ReadResult } from "./api/load.js";
export type { CheckTextOptions } from "./api/load.js";
export type { LadderExtension, LevelPatch, TrackPatch } from "./model/extension.js";
export type { Limits } from "./load/limits.js";
export type { Ladder } from "./model/ladder.js";
export type { StringifyLadderOptions } from "./report/ladder-yaml.js";
export type { Category, Competency } from "./model/competency.js";
export type { ScaleStep } from "./model/scale.js";
export type { Expectation, Level, Track, TrackKind } from "./model/track.js";
export type { PersonalGoal, Profile, Rating, RatingDetail, RatingStatus } from "./model/profile.js";
export type {
  Move,
  MoveKind,
  ResolvedCompetency,
  ResolvedExpectation,
  ResolvedLadder,
  ResolvedLevel,
  ResolvedStep,
  ResolvedTrack,
} from "./model/resolved.js";
export type { RuleId } from "./validate/rules/index.js";
export type { GapOptions } from "./gap/analyze-gap.js";
export type { GapFormat, RenderOptions } from "./report/gap/index.js";
export type { GoalOptions } from "./gap/goals.js";
export type { LadderFormat } from "./report/ladder/index.js";
export type { ExpectationChange, ExplainedLevel, ExplainedStep, ExplainOptions, LevelExplanation } from "./gap/explain.js";
export type { ExplainFormat } from "./report/explain/index.js";
export type { EncodedTeam } from "./gap/team-encode.js";
export type { TeamMember, TeamReport, TeamTarget } from "./gap/team.js";
export type {
  CalibrationPrompt,
  CompetencyGap,
  CompetencyStatus,
  DevelopmentGoal,
  GapReport,
  Hop,
  LevelRef,
  Milestone,
  RatingSource,
  Readiness,
  ReadinessLabel,
  ReportedGoal,
  RisingExpectation,
  StepRef,
  TargetAnalysis,
} from "./gap/types.js";
export type { RuleConfig, RuleSetting } from "./validate/run-rules.js";
export type {
  LadderRule,
  LadderRuleContext,
  ProfileRule,
  ProfileRuleContext,
  Rule,
  RuleMeta,
  RuleReport,
} from "./validate/define-rule.js";
export type { ConfigCache } from "./config/cache.js";
export type { ApplyOptions, Directive, DirectiveKind } from "./validate/disables.js";
export type { ConfigResult, LadderkitConfig } from "./config/parse.js";
export type { ConfigFile, ConfigSeverity } from "./config/schema.js";
export type { LoadConfigOptions } from "./config/load.js";
export type { FolderCache } from "./config/find.js";
export type {
  ChangeKind,
  DiffLadderRef,
  DiffOptions,
  DiffSubject,
  DiffValue,
  ExplicitRenames,
  LadderChange,
  LadderDiff,
  RenamableSubject,
} from "./diff/types.js";
export type { DiffFormat, DiffRenderer } from "./report/diff/index.js";
export type { MigrateOptions, ProfileEdit, ProfileMigration } from "./migrate/migrate-profile.js";
export type { MigratedText, MigrateTextOptions } from "./migrate/profile-text.js";
export type { ImportCsvOptions, ImportCsvResult } from "./csv/import.js";
export type {
  CaseAssociation,
  CaseAssociationType,
  CaseDocument,
  CaseItem,
  CaseItemType,
  CaseLink,
  CaseOptions,
  CasePackage,
  CaseRubric,
  CaseRubricCriterion,
  CaseRubricCriterionLevel,
} from "./case/types.js";
