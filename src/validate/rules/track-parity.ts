import type { ResolvedLevel } from "../../model/resolved.js";
import { defineLadderRule } from "../define-rule.js";
import { levelPath } from "../paths.js";

/**
 * The dual-track promise: a technologist can go as far as a manager. Every band of the management
 * track has a technical-leadership level of the same band, so the technical track reaches as high.
 */
export const trackParity = defineLadderRule({
  id: "track-parity",
  meta: {
    description: "Every management band has a technical-leadership level of the same band, and the technical track reaches as high.",
    severity: "error",
    messages: {
      noTechnicalTrack: "the ladder has a management track but no technical-leadership track: technologists can only grow by managing people",
      missingBand: "management band {{band}} ('{{title}}') has no technical-leadership level of band {{band}}",
      belowTop: "management band {{band}} ('{{title}}') has no technical-leadership level of band {{band}}: the technical track stops at band {{techTop}}",
    },
  },
  check({ ladder, report }) {
    const onKind = (kind: string): ResolvedLevel[] =>
      ladder.levels.filter((level) => ladder.trackById.get(level.track)?.kind === kind);
    const management = onKind("management");
    const technical = onKind("technical-leadership");
    if (management.length === 0) return;
    if (technical.length === 0) {
      // A technical-leadership track is written, but each of its levels took an id an earlier level
      // has, so resolves to that one: unique-id reports that; the track is not missing.
      if (ladder.tracks.some((track) => track.kind === "technical-leadership")) return;
      const t = ladder.source.tracks.findIndex((track) => track.kind === "management");
      report({ messageId: "noTechnicalTrack", path: ["tracks", t, "kind"] });
      return;
    }
    const techBands = new Set(technical.map((l) => l.band));
    const techTop = Math.max(...techBands);
    const reported = new Set<number>();
    for (const level of management) {
      if (techBands.has(level.band) || reported.has(level.band)) continue;
      reported.add(level.band);
      report({
        messageId: level.band > techTop ? "belowTop" : "missingBand",
        data: { band: level.band, title: level.title, techTop },
        path: [...levelPath(ladder.source, level.id), "band"],
      });
    }
  },
});
