import { shortestPath } from "../../model/graph.js";
import { defineProfileRule } from "../define-rule.js";

/** A target is somewhere the person can actually get to. */
export const profileTarget = defineProfileRule({
  id: "profile-target",
  meta: {
    description: "A profile's target can be reached from its level by promotions and track switches.",
    severity: "error",
    messages: {
      unreachable: "target '{{target}}' cannot be reached from '{{level}}' by promotions and track switches",
      same: "target '{{target}}' is the current level",
    },
  },
  check({ ladder, profile, report }) {
    const { level, target } = profile;
    if (target === undefined || !ladder.levelById.has(level) || !ladder.levelById.has(target)) return;
    if (target === level) report({ messageId: "same", data: { target }, path: ["target"] });
    else if (!shortestPath(ladder, level, target)) report({ messageId: "unreachable", data: { target, level }, path: ["target"] });
  },
});
