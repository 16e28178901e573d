import type { Severity } from "../diagnostic.js";

/** What the loader checks before any rule runs, and what CSV import and profile migration check: not configurable. */
export interface LoadRuleMeta {
  readonly id: string;
  readonly description: string;
  readonly severity: Severity;
}

/** The ids the loader reports under, with what each means: for SARIF, docs and editors. */
export const loadRules: readonly LoadRuleMeta[] = [
  { id: "file-read", description: "The file can be read: it exists and is a file.", severity: "error" },
  { id: "file-size", description: "The file is within the size limit (maxBytes).", severity: "error" },
  { id: "file-encoding", description: "The file is UTF-8 text: not UTF-16, UTF-32 or binary, and no invalid byte.", severity: "error" },
  { id: "yaml-empty", description: "The file holds a document.", severity: "error" },
  { id: "yaml-syntax", description: "The file is well-formed YAML.", severity: "error" },
  { id: "yaml-duplicate-key", description: "A mapping holds each key once.", severity: "error" },
  { id: "yaml-multiple-documents", description: "The file holds exactly one YAML document.", severity: "error" },
  { id: "yaml-tag", description: "No tag outside the YAML core schema (no !include, !!js/function, !!binary).", severity: "error" },
  { id: "yaml-alias", description: "Aliases stay within the limit (maxAliases), so no alias bomb expands.", severity: "error" },
  { id: "yaml-depth", description: "Nesting stays within the limit (maxDepth).", severity: "error" },
  { id: "limit", description: "Nodes, strings and counts stay within the limits (maxNodes, maxStringLength, maxLevels, maxCompetencies, maxTracks, maxScaleSteps, maxRatings, maxProfiles, maxExtendsDepth).", severity: "error" },
  { id: "yaml-root", description: "The document is a mapping.", severity: "error" },
  { id: "unsafe-key", description: "No __proto__, constructor or prototype key.", severity: "error" },
  { id: "schema", description: "The document matches the ladder or profile schema: types, required and unknown properties, allowed values.", severity: "error" },
  { id: "extends-path", description: "A ladder's extends names a readable file inside its folder tree (unless allowed outside); never a URL. Only loadLadder and the CLI read it.", severity: "error" },
  { id: "extends-cycle", description: "An extends chain never leads back to a ladder already on it.", severity: "error" },
  { id: "extends-patch", description: "What an extending ladder overrides, adds, moves or removes fits its base: removed ids exist, new items are complete, each id is written once.", severity: "error" },
  { id: "profile-ladder", description: "The ladder a profile names can be read and has no error.", severity: "error" },
  { id: "csv-syntax", description: "ladderkit import: the CSV is well-formed RFC 4180 (quotes closed, no stray quote in an unquoted field).", severity: "error" },
  { id: "csv-header", description: "ladderkit import: the header names the competency columns, step:<id> columns of the base ladder's scale and the base ladder's levels, each once.", severity: "error" },
  { id: "csv-value", description: "ladderkit import: a competency row has a valid, unique id, a name, a description and a weight above 0 and at most 100.", severity: "error" },
  { id: "csv-reference", description: "ladderkit import: categories, tracks and steps named in the CSV exist in the base ladder.", severity: "error" },
  { id: "csv-not-applicable", description: "ladderkit import: a level expects only competencies that apply to its track.", severity: "error" },
  { id: "csv-missing-level", description: "ladderkit import: every level of the base ladder has a column (one without writes no expectation).", severity: "warning" },
  { id: "csv-info-row", description: "ladderkit import: the #title, #band and #track rows agree with the base ladder, which wins.", severity: "warning" },
  { id: "migrate-level", description: "ladderkit migrate: the profile's level still exists in the new version of the ladder.", severity: "error" },
  { id: "migrate-target", description: "ladderkit migrate: the profile's target still exists (else it is left out).", severity: "warning" },
  { id: "migrate-competency", description: "ladderkit migrate: every rated competency still exists (else the rating is left out).", severity: "warning" },
  { id: "migrate-rename", description: "ladderkit migrate: a rating renamed with its competency does not land on a rating the profile keeps (else both stay as they are, to merge by hand).", severity: "error" },
  { id: "migrate-step", description: "ladderkit migrate: every rating's step is still on the scale (else the rating is left out).", severity: "warning" },
  { id: "migrate-goal", description: "ladderkit migrate: a goal's competency still exists (else the goal is kept without it).", severity: "warning" },
];
