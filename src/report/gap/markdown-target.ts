import type { CompetencyGap, DevelopmentGoal, Hop, RisingExpectation, TargetAnalysis } from "../../gap/types.js";
import { escapeMarkdown as md } from "./escape.js";
import { markdownTable } from "./markdown-table.js";
import { assessedParts, gapWords, LABEL_WORDS, levelWords, metWords, MOVE_WORDS, noGoalWords, nothingRisesWords, num, readinessDetails, statusWords } from "./words.js";

/** `Label (source)`, or a bold flag for an unassessed competency. */
function assessedCell(g: CompetencyGap): string {
  const { label, note } = assessedParts(g);
  if (label !== undefined) return `${md(label)} (${note})`;
  return g.status === "unassessed" ? `**${note}**` : `_${note}_`;
}

function statusCell(g: CompetencyGap): string {
  const words = statusWords(g);
  return g.status === "gap" || g.status === "unassessed" ? `**${words}**` : words;
}

/** The table of every competency expected at a level. */
export function competencyTable(gaps: readonly CompetencyGap[]): string {
  const columns = [
    { header: "Competency" },
    { header: "Expected" },
    { header: "Assessed (source)" },
    { header: "Gap", align: "right" as const },
    { header: "Status" },
    { header: "What it looks like" },
  ];
  const rows = gaps.map((g) => [md(g.name), md(g.expected.label), assessedCell(g), gapWords(g), statusCell(g), md(g.looksLike ?? "")]);
  return markdownTable(columns, rows);
}

function risingItem(r: RisingExpectation): string {
  const from = r.from ? md(r.from.label) : "not expected before";
  return `- **${md(r.name)}**: ${from} -> ${md(r.to.label)}${r.looksLike ? `. ${md(r.looksLike)}` : ""}`;
}

function hopItem(hop: Hop, index: number): string {
  const gaps = hop.gaps.filter((g) => g.status === "gap").map((g) => `${md(g.name)} (${md(g.assessed!.label)} -> ${md(g.expected.label)})`);
  const unassessed = hop.gaps.filter((g) => g.status === "unassessed").map((g) => md(g.name));
  const lines = [
    `${index + 1}. **${levelWords(hop.to, md)}**, ${MOVE_WORDS[hop.kind]} from ${md(hop.from.title)}: ${metWords(hop.readiness)}, ${LABEL_WORDS[hop.readiness.label].toLowerCase()}.`,
    `   Gaps: ${gaps.length > 0 ? gaps.join("; ") : "none"}.`,
  ];
  if (unassessed.length > 0) lines.push(`   Unassessed: ${unassessed.join("; ")}.`);
  return lines.join("  \n");
}

function goalItem(goal: DevelopmentGoal, index: number): string {
  const lines = [`${index + 1}. **${md(goal.name)}**: ${md(goal.from.label)} -> ${md(goal.to.label)}, due ${md(goal.due)} (weight x gap: ${num(goal.value)}).`];
  if (goal.looksLike) lines.push(`   What it looks like: ${md(goal.looksLike)}`);
  for (const m of goal.milestones) lines.push(`   - by ${md(m.due)}: ${md(m.outcome)}`);
  return lines.join("\n");
}

/** One target: readiness, the path for a distant target, what is new, every competency and the goals. */
export function targetSection(target: TargetAnalysis): string {
  const r = target.readiness;
  const title = md(target.level.title);
  const first = target.path[0];
  const out = [`## Target: ${levelWords(target.level, md)}`, ""];
  if (target.path.length === 1 && first) out.push(`Reached by ${MOVE_WORDS[first.kind]} from ${md(first.from.title)}.`, "");
  else out.push(`Reached in ${target.path.length} moves (see the path below).`, "");
  out.push(`**Readiness: ${LABEL_WORDS[r.label]}.** ${metWords(r)}; ${readinessDetails(r).join("; ")}.`, "");
  if (target.path.length > 1) out.push(`### Path to ${title}`, "", target.path.map(hopItem).join("\n"), "");
  out.push(`### What is new at ${title}`, "");
  out.push(target.rising.length > 0 ? target.rising.map(risingItem).join("\n") : nothingRisesWords(target), "");
  out.push(`### Every competency at ${title}`, "", competencyTable(target.competencies), "");
  if (r.unassessed > 0 || r.notApplicable > 0)
    out.push("> Unassessed competencies are not counted as zero, and not as met either: rate them before deciding. Not applicable and no opportunity are not gaps.", "");
  out.push(`### Development goals for ${title}`, "");
  out.push(target.goals.length > 0 ? target.goals.map(goalItem).join("\n") : noGoalWords(target.readiness), "");
  return out.join("\n");
}
