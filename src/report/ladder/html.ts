import type { ResolvedLadder } from "../../model/resolved.js";
import { escapeHtml as h } from "../gap/escape.js";
import { htmlPage } from "../gap/html-page.js";
import { LADDER_STYLE } from "./html-style.js";
import { levelCardsHtml, trackGridHtml } from "./html-tracks.js";
import { byCategory, ownWords, stepLabel } from "./layout.js";
import { cellOf, TREND_LEGEND, TREND_MARKS } from "./words.js";

function masthead(ladder: ResolvedLadder): string {
  const facts = [
    ["Ladder", `${ladder.id}, version ${ladder.version}`],
    ["Tracks", String(ladder.tracks.length)],
    ["Levels", String(ladder.levels.length)],
    ["Competencies", String(ladder.competencies.length)],
  ];
  return [
    '<header class="masthead">',
    '<div class="eyebrow">Career ladder</div>',
    `<h1>${h(ladder.name)}</h1>`,
    ladder.source.description ? `<p class="lede">${h(ladder.source.description)}</p>` : "",
    `<dl class="facts">${facts.map(([k, v]) => `<div><dt>${k}</dt><dd>${h(v!)}</dd></div>`).join("")}</dl>`,
    "</header>",
  ].filter(Boolean).join("\n");
}

/** Per track, the step each level expects of each competency that applies to it. */
function matrixHtml(ladder: ResolvedLadder): string {
  return ladder.tracks
    .map((track) => {
      const levels = track.levels.map((id) => ladder.levelById.get(id)!);
      const applicable = ladder.competencies.filter((c) => c.appliesTo.includes(track.id));
      const rows = byCategory(ladder, applicable).flatMap((group) => [
        `<tr class="category"><th colspan="${levels.length + 1}" scope="colgroup">${h(group.name)}</th></tr>`,
        ...group.competencies.map((c) => {
          const cells = levels.map((l) => {
            const cell = cellOf(ladder, l, c.id);
            return cell ? `<td class="t-${cell.trend}">${h(cell.label)}${h(TREND_MARKS[cell.trend])}</td>` : "<td></td>";
          });
          return `<tr><td class="name">${h(c.name)}</td>${cells.join("")}</tr>`;
        }),
      ]);
      const head = levels.map((l) => `<th scope="col">${h(l.title)}</th>`).join("");
      return `<h3>${h(track.name)}</h3>\n<table class="matrix" data-track="${h(track.id)}"><thead><tr><th scope="col">Competency</th>${head}</tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody></table>`;
    })
    .join("\n");
}

/** What each step looks like, per competency, and the words levels add of their own. */
function stepsHtml(ladder: ResolvedLadder): string {
  return byCategory(ladder)
    .map((group) => {
      const items = group.competencies.map((c) => {
        const rows = ladder.scale.map((s) => `<tr><th scope="row">${h(s.label)}</th><td>${h(c.steps?.[s.id] ?? s.description)}</td></tr>`).join("");
        const own = ownWords(ladder, c.id).map((o) => `<li>At <strong>${h(o.level.title)}</strong> (${h(stepLabel(ladder, o.step))}): ${h(o.words)}</li>`);
        return `<article class="competency" id="competency-${h(c.id)}"><h4>${h(c.name)}</h4><p>${h(c.description)}</p><table class="steps"><tbody>${rows}</tbody></table>${own.length > 0 ? `<ul class="own">${own.join("")}</ul>` : ""}</article>`;
      });
      return `<h3>${h(group.name)}</h3>\n${items.join("\n")}`;
    })
    .join("\n");
}

/**
 * The ladder as one self-contained HTML page (no scripts, nothing remote, prints well): the
 * tracks side by side by band, each level's summary, the competency matrix of each track and what
 * each step looks like. Every ladder string is escaped.
 */
export function ladderHtml(ladder: ResolvedLadder): string {
  const body = [
    masthead(ladder),
    `<section class="tracks-part"><h2>Tracks side by side</h2>\n${trackGridHtml(ladder)}\n</section>`,
    `<section class="part levels"><h2>Levels</h2>\n${levelCardsHtml(ladder)}\n</section>`,
    `<section class="part matrix-part"><h2>Competency matrix</h2><p class="small">${h(TREND_LEGEND)}</p>\n${matrixHtml(ladder)}\n</section>`,
    `<section class="part steps-part"><h2>What each step looks like</h2>\n${stepsHtml(ladder)}\n</section>`,
    `<footer>Rendered by ladderkit from ladder ${h(ladder.id)}, version ${h(ladder.version)}.</footer>`,
  ];
  return htmlPage(`${ladder.name} (${ladder.version})`, body.join("\n"), LADDER_STYLE);
}
