import type { ResolvedLadder, ResolvedLevel } from "../../model/resolved.js";
import { escapeHtml as h } from "../gap/escape.js";
import { trackGrid } from "./layout.js";
import { KIND_WORDS, linkSentences, nextTitles } from "./words.js";

function gridCell(ladder: ResolvedLadder, level: ResolvedLevel, span: number): string {
  const kind = ladder.trackById.get(level.track)!.kind;
  const spanned = span > 1 ? ` colspan="${span}"` : "";
  const scope = level.scope ? `<span class="sub">${h(level.scope)}</span>` : "";
  return `<td class="level kind-${kind}${span > 1 ? " span" : ""}"${spanned} data-level="${h(level.id)}" data-track="${h(level.track)}"><a href="#level-${h(level.id)}">${h(level.title)}</a>${scope}</td>`;
}

/**
 * The tracks side by side: one row per band, highest first; the tracks that share bands as
 * parallel columns, and a level of a track that shares none (the trunk, the top where the tracks
 * converge) across all of them.
 */
export function trackGridHtml(ladder: ResolvedLadder): string {
  const grid = trackGrid(ladder);
  const head = grid.columns.map((t) => `<th scope="col" class="track kind-${t.kind}" data-track="${h(t.id)}">${h(t.name)}</th>`).join("");
  const rows = grid.rows.map((row) => {
    const cells = row.cells.map((cell) => (cell.level ? gridCell(ladder, cell.level, cell.span) : '<td class="none"></td>')).join("");
    return `<tr data-band="${row.band}"><th scope="row" class="band">${row.band}</th>${cells}</tr>`;
  });
  const links = linkSentences(ladder, h);
  return [
    '<table class="track-grid">',
    `<caption class="small">Levels of equal band are equivalent roles; read across for a track switch, up for a promotion.</caption>`,
    `<thead><tr><th class="band">Band</th>${head}</tr></thead>`,
    `<tbody>\n${rows.join("\n")}\n</tbody>`,
    "</table>",
    links.length > 0 ? `<p class="links small">${links.join(" ")}</p>` : "",
  ].join("\n");
}

/** Each track's levels as cards: title, band, summary, scope and where the level leads. */
export function levelCardsHtml(ladder: ResolvedLadder): string {
  return ladder.tracks
    .map((track) => {
      const cards = track.levels.map((id) => {
        const level = ladder.levelById.get(id)!;
        const next = nextTitles(ladder, level);
        return [
          `<article class="level-card kind-${track.kind}" id="level-${h(level.id)}">`,
          `<h4>${h(level.title)} <span class="badge kind-${track.kind}">band ${level.band}</span></h4>`,
          `<p>${h(level.summary)}</p>`,
          level.scope ? `<p class="small">Scope: ${h(level.scope)}</p>` : "",
          next.length > 0 ? `<p class="small">Next: ${next.map(h).join(", ")}</p>` : level.top ? '<p class="small">The top of the ladder.</p>' : "",
          "</article>",
        ].filter(Boolean).join("");
      });
      const description = track.description ? `<p>${h(track.description)}</p>` : "";
      return `<h3 id="track-${h(track.id)}">${h(track.name)} <span class="sub">${h(KIND_WORDS[track.kind])}</span></h3>\n${description}\n<div class="level-cards">\n${cards.join("\n")}\n</div>`;
    })
    .join("\n");
}
