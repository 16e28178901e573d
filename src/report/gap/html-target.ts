import type { CompetencyGap, DevelopmentGoal, Hop, Readiness, RisingExpectation, StepRef, TargetAnalysis } from "../../gap/types.js";
import { escapeHtml as h } from "./escape.js";
import { gapChart } from "./html-chart.js";
import { assessedParts, gapWords, LABEL_WORDS, metWords, MOVE_WORDS, noGoalWords, nothingRisesWords, num, percent, plural, readinessDetails, statusShort, statusWords } from "./words.js";

const ARROW = '<span class="arrow" aria-label="to">\u2192</span>';

/** A readiness label as a coloured badge. */
export function badge(r: Readiness): string {
  return `<span class="badge ${r.label}">${LABEL_WORDS[r.label]}</span>`;
}

/** `Title <span>Track, band n</span>` for a level. */
export function levelHtml(level: { readonly title: string; readonly trackName: string; readonly band: number }): string {
  return `${h(level.title)} <span class="sub">${h(level.trackName)}, band ${level.band}</span>`;
}

function competencyRow(g: CompetencyGap): string {
  const { label, note } = assessedParts(g);
  const assessed = label !== undefined ? `${h(label)} <span class="source">(${note})</span>` : `<span class="pill s-${g.status}">${note}</span>`;
  return `<tr class="row-${g.status}"><td class="name">${h(g.name)}</td><td>${h(g.expected.label)}</td><td>${assessed}</td><td class="num">${gapWords(g)}</td><td><span class="pill s-${g.status}">${statusShort(g)}</span>${g.status === "not-applicable" ? '<br><span class="small">not a gap</span>' : ""}</td><td class="look">${h(g.looksLike ?? "")}</td></tr>`;
}

/** The table of every competency expected at a level. */
export function competencyTable(gaps: readonly CompetencyGap[]): string {
  const head = "<thead><tr><th>Competency</th><th>Expected</th><th>Assessed (source)</th><th class=\"num\">Gap</th><th>Status</th><th>What it looks like</th></tr></thead>";
  return `<table class="competencies">${head}<tbody>${gaps.map(competencyRow).join("\n")}</tbody></table>`;
}

const stepPair = (from: StepRef | undefined, to: StepRef) => `${from ? h(from.label) : '<span class="empty">not expected before</span>'}${ARROW}${h(to.label)}`;

function risingItem(r: RisingExpectation): string {
  return `<li><strong>${h(r.name)}</strong>: ${stepPair(r.from, r.to)}${r.looksLike ? `<br><span class="small">${h(r.looksLike)}</span>` : ""}</li>`;
}

function hopItem(hop: Hop): string {
  const gaps = hop.gaps.filter((g) => g.status === "gap").map((g) => `${h(g.name)} (${stepPair(g.assessed, g.expected)})`);
  const unassessed = hop.gaps.filter((g) => g.status === "unassessed").map((g) => h(g.name));
  const lines = [`Gaps: ${gaps.length > 0 ? gaps.join("; ") : "none"}.`, ...(unassessed.length > 0 ? [`Unassessed: ${unassessed.join("; ")}.`] : [])];
  return `<li><strong>${levelHtml(hop.to)}</strong> ${badge(hop.readiness)}<br>${MOVE_WORDS[hop.kind][0]!.toUpperCase()}${MOVE_WORDS[hop.kind].slice(1)} from ${h(hop.from.title)} \u00b7 ${metWords(hop.readiness)}<br><span class="small">${lines.join(" ")}</span></li>`;
}

function goalItem(goal: DevelopmentGoal): string {
  const steps = goal.milestones.map((m) => `<li><span class="date">${h(m.due)}</span>${h(m.outcome)}</li>`).join("");
  return `<li><strong>${h(goal.name)}</strong>: ${stepPair(goal.from, goal.to)}, due <span class="date">${h(goal.due)}</span><span class="small goal-meta">(weight x gap: ${num(goal.value)})</span>${goal.looksLike ? `<p class="small">${h(goal.looksLike)}</p>` : ""}<ul>${steps}</ul></li>`;
}

/** One target: readiness, chart, path, what is new, every competency and the goals. */
export function targetSection(target: TargetAnalysis, index: number, person: string, scale: readonly StepRef[]): string {
  const r = target.readiness;
  const title = h(target.level.title);
  const first = target.path[0];
  const how = target.path.length === 1 && first ? `Reached by ${MOVE_WORDS[first.kind]} from ${h(first.from.title)}.` : `Reached in ${target.path.length} moves: see the path below.`;
  const out = [
    `<section class="target" id="target-${index + 1}">`,
    `<h2>Target: ${levelHtml(target.level)}</h2>`,
    `<p class="small">${how}</p>`,
    `<div class="readiness"><span class="big">${percent(r.share)}</span>${badge(r)}<p>${metWords(r)}<br><span class="small">${readinessDetails(r).join("; ")}</span></p></div>`,
    `<figure>${gapChart(`chart-${index + 1}`, `${person}: expected and assessed steps at ${target.level.title}`, target.competencies, scale)}<figcaption>Expected against assessed, per competency, at ${title}. ${plural(target.competencies.length, "competency", "competencies")}.</figcaption></figure>`,
  ];
  if (target.path.length > 1) out.push(`<h3>Path to ${title}, hop by hop</h3>`, `<ol class="path">${target.path.map(hopItem).join("\n")}</ol>`);
  out.push(`<h3>What is new at ${title}</h3>`);
  out.push(target.rising.length > 0 ? `<ul class="rising">${target.rising.map(risingItem).join("\n")}</ul>` : `<p class="empty">${nothingRisesWords(target)}</p>`);
  out.push(`<h3>Every competency at ${title}</h3>`, competencyTable(target.competencies));
  if (r.unassessed > 0 || r.notApplicable > 0)
    out.push('<p class="callout">Unassessed competencies are not counted as zero, and not as met either: rate them before deciding. Not applicable and no opportunity are not gaps.</p>');
  out.push(`<h3>Development goals for ${title}</h3>`);
  out.push(target.goals.length > 0 ? `<ol class="goals">${target.goals.map(goalItem).join("\n")}</ol>` : `<p class="empty">${noGoalWords(target.readiness)}</p>`);
  out.push("</section>");
  return out.join("\n");
}
