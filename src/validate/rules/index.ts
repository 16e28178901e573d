import type { Rule } from "../define-rule.js";
import { bandOrder } from "./band-order.js";
import { branchExpectationDrop } from "./branch-expectation-drop.js";
import { declaredTop } from "./declared-top.js";
import { duplicateTitle } from "./duplicate-title.js";
import { expectationCoverage } from "./expectation-coverage.js";
import { expectationNotApplicable } from "./expectation-not-applicable.js";
import { missingDescription } from "./missing-description.js";
import { noCycle } from "./no-cycle.js";
import { noExpectationDrop } from "./no-expectation-drop.js";
import { profileCompetency } from "./profile-competency.js";
import { profileLevel } from "./profile-level.js";
import { profileRating } from "./profile-rating.js";
import { profileStep } from "./profile-step.js";
import { profileTarget } from "./profile-target.js";
import { profileUnassessed } from "./profile-unassessed.js";
import { reachability } from "./reachability.js";
import { redundantExpectation } from "./redundant-expectation.js";
import { trackLink } from "./track-link.js";
import { trackParity } from "./track-parity.js";
import { uniqueId } from "./unique-id.js";
import { unknownStep } from "./unknown-step.js";
import { unresolvedReference } from "./unresolved-reference.js";
import { unusedCategory } from "./unused-category.js";
import { unusedCompetency } from "./unused-competency.js";

/**
 * Every built-in rule by id: ladder rules first, then profile rules.
 *
 * @example
 * for (const [id, rule] of Object.entries(rules)) console.log(id, rule.meta.severity, rule.meta.description);
 */
export const rules = {
  "unique-id": uniqueId,
  "unresolved-reference": unresolvedReference,
  "unknown-step": unknownStep,
  "track-link": trackLink,
  "expectation-coverage": expectationCoverage,
  "expectation-not-applicable": expectationNotApplicable,
  "unused-competency": unusedCompetency,
  "unused-category": unusedCategory,
  "no-expectation-drop": noExpectationDrop,
  "branch-expectation-drop": branchExpectationDrop,
  "band-order": bandOrder,
  "track-parity": trackParity,
  "reachability": reachability,
  "no-cycle": noCycle,
  "declared-top": declaredTop,
  "duplicate-title": duplicateTitle,
  "missing-description": missingDescription,
  "redundant-expectation": redundantExpectation,
  "profile-level": profileLevel,
  "profile-target": profileTarget,
  "profile-competency": profileCompetency,
  "profile-step": profileStep,
  "profile-rating": profileRating,
  "profile-unassessed": profileUnassessed,
} as const satisfies Record<string, Rule>;

/** The id of a built-in rule. */
export type RuleId = keyof typeof rules;
