import type { CompetencyGap, GapReport, ReadinessLabel, TargetAnalysis } from "../../gap/types.js";
import { painter, plain as p, textTable, type Colour, type TextCell } from "./text-table.js";
import type { GapRenderer } from "./types.js";
import { assessedParts, gapWords, LABEL_WORDS, levelWords, metWords, MOVE_WORDS, noGoalWords, nothingRisesWords, percent, readinessDetails, statusWords } from "./words.js";

type Paint = ReturnType<typeof painter>;

const STATUS_COLOUR: Readonly<Record<CompetencyGap["status"], Colour | undefined>> = {
  met: "green",
  gap: "red",
  unassessed: "yellow",
  "not-applicable": "dim",
};

/** The colour of a readiness label. */
export const LABEL_COLOUR: Readonly<Record<ReadinessLabel, Colour>> = {
  ready: "green",
  "nearly-ready": "yellow",
  developing: "yellow",
  "not-yet": "red",
};

function competencyRows(gaps: readonly CompetencyGap[]): (TextCell | string)[][] {
  return [
    ["Competency", "Expected", "Assessed", "Gap", "Status"],
    ...gaps.map((g) => {
      const { label, note } = assessedParts(g);
      const colour = STATUS_COLOUR[g.status];
      return [
        p(g.name),
        p(g.expected.label),
        { text: label !== undefined ? `${p(label)} (${note})` : note, colour: label === undefined ? colour : undefined },
        { text: gapWords(g), colour: g.status === "gap" ? colour : undefined },
        { text: statusWords(g), colour },
      ];
    }),
  ];
}

function targetLines(target: TargetAnalysis, paint: Paint): string[] {
  const r = target.readiness;
  const first = target.path[0];
  const out = ["", paint("bold", `Target: ${levelWords(target.level, p)}`)];
  if (target.path.length === 1 && first) out.push(`Reached by ${MOVE_WORDS[first.kind]} from ${p(first.from.title)}.`);
  out.push(`Readiness: ${paint(LABEL_COLOUR[r.label], LABEL_WORDS[r.label])}, ${metWords(r)}`, `  ${readinessDetails(r).join("; ")}`);
  if (target.path.length > 1) {
    out.push("", paint("bold", `Path (${target.path.length} moves):`));
    target.path.forEach((hop, i) => {
      const gaps = hop.gaps.filter((g) => g.status === "gap").map((g) => p(g.name));
      const unassessed = hop.gaps.filter((g) => g.status === "unassessed").map((g) => p(g.name));
      out.push(`  ${i + 1}. ${levelWords(hop.to, p)}, ${MOVE_WORDS[hop.kind]}: ${metWords(hop.readiness)}, ${paint(LABEL_COLOUR[hop.readiness.label], LABEL_WORDS[hop.readiness.label].toLowerCase())}`);
      out.push(`     gaps: ${gaps.length > 0 ? gaps.join(", ") : "none"}`);
      if (unassessed.length > 0) out.push(`     unassessed: ${unassessed.join(", ")}`);
    });
  }
  out.push("", paint("bold", `What is new at ${p(target.level.title)}:`));
  if (target.rising.length === 0) out.push(`  ${nothingRisesWords(target)}`);
  else out.push(...textTable([["Competency", "From", "To"], ...target.rising.map((x) => [p(x.name), x.from ? p(x.from.label) : "-", p(x.to.label)])], paint));
  out.push("", paint("bold", "Competencies:"), ...textTable(competencyRows(target.competencies), paint));
  out.push("", paint("bold", "Development goals:"));
  if (target.goals.length === 0) out.push(`  ${noGoalWords(target.readiness)}`);
  target.goals.forEach((goal, i) => {
    out.push(`  ${i + 1}. ${p(goal.name)}: ${p(goal.from.label)} -> ${p(goal.to.label)}, due ${p(goal.due)}`);
    for (const m of goal.milestones) out.push(`     by ${p(m.due)}: ${p(m.outcome)}`);
  });
  return out;
}

function closingLines(report: GapReport, paint: Paint): string[] {
  const out = ["", paint("bold", "Calibration prompts (self vs manager):")];
  if (report.calibration.length === 0) out.push("  None: self and manager ratings are close.");
  else
    out.push(
      ...textTable(
        [["Competency", "Self", "Manager", "Difference"], ...report.calibration.map((c) => [p(c.name), p(c.self.label), p(c.manager.label), `${c.difference > 0 ? "+" : ""}${c.difference}`])],
        paint,
      ),
    );
  out.push("", paint("bold", "Own goals:"));
  if (report.personalGoals.length === 0) out.push("  None written down yet.");
  for (const goal of report.personalGoals) {
    const about = [...(goal.competency !== undefined ? [p(goal.name ?? goal.competency)] : []), ...(goal.due !== undefined ? [`due ${p(goal.due)}`] : [])];
    out.push(`  - ${p(goal.title)}${about.length > 0 ? ` (${about.join(", ")})` : ""}`);
  }
  return out;
}

/**
 * The gap report for the terminal: aligned columns, ANSI colour only with `color: true` (met
 * green, gap red, unassessed yellow); control characters from the input are shown as escapes.
 */
export const text: GapRenderer = (report, options = {}) => {
  const paint = painter(options.color === true);
  const out = [
    paint("bold", `Gap report: ${p(report.person.name)}, ${p(report.current.title)} (${p(report.date)})`),
    `Current level: ${levelWords(report.current, p)}, ${metWords(report.currentReadiness)}`,
    `Ladder: ${p(report.ladder.name)} (${p(report.ladder.id)} ${p(report.ladder.version)})`,
    ...(report.person.id !== undefined ? [`Person id: ${p(report.person.id)}`] : []),
  ];
  if (report.targets.length === 0) out.push("", "No target: there is no further level to analyse.");
  else
    out.push(
      "",
      paint("bold", "Targets:"),
      ...textTable(
        [
          ["Target", "Readiness", "Met", "Gaps", "Unassessed"],
          ...report.targets.map((t) => [
            levelWords(t.level, p),
            { text: `${percent(t.readiness.share)} ${LABEL_WORDS[t.readiness.label].toLowerCase()}`, colour: LABEL_COLOUR[t.readiness.label] },
            `${t.readiness.met}/${t.readiness.counted}`,
            { text: String(t.readiness.gaps), colour: t.readiness.gaps > 0 ? ("red" as const) : undefined },
            { text: String(t.readiness.unassessed), colour: t.readiness.unassessed > 0 ? ("yellow" as const) : undefined },
          ]),
        ],
        paint,
      ),
    );
  for (const target of report.targets) out.push(...targetLines(target, paint));
  out.push(...closingLines(report, paint), "");
  return out.join("\n");
};
