import { didYouMean } from "../../load/suggest.js";
import { defineLadderRule } from "../define-rule.js";
import { levelSites } from "../paths.js";

/** Expectations and competency step descriptors name steps that are on the scale. */
export const unknownStep = defineLadderRule({
  id: "unknown-step",
  meta: {
    description: "Expectations and competency step descriptors use steps that exist on the scale.",
    severity: "error",
    messages: {
      expectation: "step '{{step}}' is not on the scale ({{steps}})",
      descriptor: "competency '{{competency}}' describes step '{{step}}', which is not on the scale ({{steps}})",
    },
  },
  check({ ladder, report }) {
    const steps = ladder.scale.map((s) => s.id);
    // A scale that repeats a step id has lost the id it was meant to have (`unique-id` reports it):
    // each use of the lost id would be reported, with a "did you mean" that is wrong once it is back.
    if (new Set(steps).size < steps.length) return;
    const data = (step: string) => ({ step, steps: steps.join(", ") });
    ladder.source.competencies.forEach((competency, c) => {
      for (const step of Object.keys(competency.steps ?? {}))
        if (!ladder.stepById.has(step))
          report({
            messageId: "descriptor",
            data: { ...data(step), competency: competency.id },
            path: ["competencies", c, "steps", step],
            // The step is the key; the value is its descriptor.
            at: "key",
            suggestion: didYouMean(step, steps),
          });
    });
    for (const site of levelSites(ladder.source))
      for (const [competency, expectation] of Object.entries(site.level.expectations ?? {})) {
        const step = typeof expectation === "string" ? expectation : expectation.step;
        if (ladder.stepById.has(step)) continue;
        const path = [...site.path, "expectations", competency, ...(typeof expectation === "string" ? [] : ["step"])];
        report({ messageId: "expectation", data: data(step), path, suggestion: didYouMean(step, steps) });
      }
  },
});
