import { painter, plain as p, textTable } from "./text-table.js";
import { LABEL_COLOUR } from "./text.js";
import { titlesOf, tracksOf } from "./team-words.js";
import type { TeamRenderer } from "./types.js";
import { LABEL_WORDS, percent, plural } from "./words.js";

/**
 * The team view for the terminal: who is ready for what, shared gaps, people per band on each
 * track and each person's readiness, in aligned columns; ANSI colour only with `color: true`.
 */
export const teamText: TeamRenderer = (report, options = {}) => {
  const paint = painter(options.color === true);
  const title = titlesOf(report);
  const out = [paint("bold", `Team report: ${p(report.ladder.name)} (${p(report.ladder.id)} ${p(report.ladder.version)})`), `${plural(report.size, "person", "people")}`];
  out.push("", paint("bold", "Who is ready for what:"));
  if (report.readyFor.length === 0) out.push("  Nobody aims at a level.");
  else
    out.push(
      ...textTable(
        [
          ["Level", "Band", "Aiming", "Ready", "Who"],
          ...report.readyFor.map((r) => [
            `${p(r.level.title)} (${p(r.level.trackName)})`,
            String(r.level.band),
            String(r.candidates),
            { text: String(r.ready.length), colour: r.ready.length > 0 ? ("green" as const) : undefined },
            r.ready.map(p).join(", ") || "-",
          ]),
        ],
        paint,
      ),
    );
  out.push("", paint("bold", "Shared gaps:"));
  if (report.sharedGaps.length === 0) out.push("  None.");
  else out.push(...textTable([["Competency", "People", "Share"], ...report.sharedGaps.map((g) => [p(g.name), { text: `${g.people} of ${report.size}`, colour: "red" as const }, percent(g.share)])], paint));
  out.push("", paint("bold", "People per band:"));
  for (const track of tracksOf(report)) {
    out.push(`  ${p(track.trackName)}`);
    out.push(...textTable([["Band", "Level", "People"], ...track.levels.map((l) => [String(l.level.band), p(l.level.title), String(l.people)])], paint, "    "));
  }
  out.push("", paint("bold", "People:"));
  if (report.people.length === 0) out.push("  No profiles.");
  else
    out.push(
      ...textTable(
        [
          ["Person", "Level", "Target", "Readiness"],
          ...report.people.flatMap((person) =>
            (person.targets.length > 0 ? person.targets : [undefined]).map((t, i) => [
              i === 0 ? p(person.name) : "",
              i === 0 ? p(title(person.level)) : "",
              t ? p(title(t.level)) : "-",
              t ? { text: `${percent(t.share)} ${LABEL_WORDS[t.label].toLowerCase()}`, colour: LABEL_COLOUR[t.label] } : "top level",
            ]),
          ),
        ],
        paint,
      ),
    );
  out.push("");
  return out.join("\n");
};
