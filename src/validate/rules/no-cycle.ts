import { movesFrom } from "../../model/graph.js";
import { defineLadderRule } from "../define-rule.js";
import { judgedLadder } from "../judged.js";
import { levelPath } from "../paths.js";

/** Finds each cycle of the promotion graph once, by depth-first search without recursion. */
function cycles(out: Map<string, { to: string }[]>): string[][] {
  const state = new Map<string, "open" | "done">();
  const found: string[][] = [];
  for (const start of out.keys()) {
    if (state.has(start)) continue;
    const stack: Array<{ id: string; next: number }> = [{ id: start, next: 0 }];
    state.set(start, "open");
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const edges = out.get(top.id) ?? [];
      if (top.next >= edges.length) {
        state.set(top.id, "done");
        stack.pop();
        continue;
      }
      const to = edges[top.next++]!.to;
      if (state.get(to) === "open") {
        const from = stack.findIndex((frame) => frame.id === to);
        found.push(stack.slice(from).map((frame) => frame.id));
      } else if (!state.has(to)) {
        state.set(to, "open");
        stack.push({ id: to, next: 0 });
      }
    }
  }
  return found;
}

/** Promotions never lead back to where they started. */
export const noCycle = defineLadderRule({
  id: "no-cycle",
  meta: {
    description: "Promotions, branches and convergences never form a cycle.",
    severity: "error",
    messages: { cycle: "promotions form a cycle: {{cycle}}" },
  },
  check({ ladder, report }) {
    for (const cycle of cycles(movesFrom(judgedLadder(ladder))))
      report({
        messageId: "cycle",
        data: { cycle: [...cycle, cycle[0]].map((id) => `'${id}'`).join(" -> ") },
        path: levelPath(ladder.source, cycle[0]!),
      });
  },
});
