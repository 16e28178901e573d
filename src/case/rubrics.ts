import type { CaseContext } from "./context.js";
import type { CaseRubric } from "./types.js";

/**
 * One rubric per level: a criterion per competency the level expects (in ladder order), naming
 * the expected step and what it looks like there, with the scale's steps as its levels (score 1
 * for the lowest) described as the competency describes them.
 */
export function caseRubrics(ctx: CaseContext): CaseRubric[] {
  const { ladder } = ctx;
  return ladder.levels.map((level) => {
    const rubricId = ctx.id("rubric", level.id);
    const competencies = ladder.competencies.filter((c) => level.expectations.has(c.id));
    return {
      identifier: rubricId,
      uri: ctx.uri(rubricId),
      title: `${level.title}: expectations`,
      description: level.summary,
      lastChangeDateTime: ctx.time,
      CFRubricCriteria: competencies.map((competency, position) => {
        const expectation = level.expectations.get(competency.id)!;
        const expected = ladder.stepById.get(expectation.step);
        const criterionId = ctx.id("criterion", `${level.id}/${competency.id}`);
        const words = expectation.description !== undefined ? ` ${expectation.description}` : "";
        return {
          identifier: criterionId,
          uri: ctx.uri(criterionId),
          category: competency.name,
          description: `Expected: ${expected?.label ?? expectation.step}.${words}`,
          CFItemURI: ctx.link("competency", competency.id, competency.name),
          weight: competency.weight,
          position: position + 1,
          rubricId,
          lastChangeDateTime: ctx.time,
          CFRubricCriterionLevels: ladder.scale.map((step) => {
            const identifier = ctx.id("criterion-level", `${level.id}/${competency.id}/${step.id}`);
            return {
              identifier,
              uri: ctx.uri(identifier),
              description: competency.steps?.[step.id] ?? step.description,
              quality: step.label,
              score: step.rank + 1,
              position: step.rank + 1,
              rubricCriterionId: criterionId,
              lastChangeDateTime: ctx.time,
            };
          }),
        };
      }),
    };
  });
}
