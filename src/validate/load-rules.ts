import type { Severity } from "../diagnostic.js";

/** What the loader checks before any rule runs: not configurable, always errors. */
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
  { id: "limit", description: "Nodes, strings and counts stay within the limits (maxNodes, maxStringLength, maxLevels, maxCompetencies, maxTracks, maxScaleSteps, maxRatings, maxProfiles).", severity: "error" },
  { id: "yaml-root", description: "The document is a mapping.", severity: "error" },
  { id: "unsafe-key", description: "No __proto__, constructor or prototype key.", severity: "error" },
  { id: "schema", description: "The document matches the ladder or profile schema: types, required and unknown properties, allowed values.", severity: "error" },
  { id: "profile-ladder", description: "The ladder a profile names can be read and has no error.", severity: "error" },
];
