import type { CaseContext } from "./context.js";
import type { CaseAssociation, CaseAssociationType, CaseLink } from "./types.js";

/**
 * The relations: hierarchy (`isChildOf`: a track and a category of the document, a level of its
 * track, a competency of its category, with `sequenceNumber` for the order), order (`precedes`:
 * each promotion, branch and convergence, lower level first), and equivalence across tracks
 * (`isPeerOf`: levels of equal band on different tracks, once per pair).
 */
export function caseAssociations(ctx: CaseContext): CaseAssociation[] {
  const { ladder } = ctx;
  const out: CaseAssociation[] = [];
  const level = (id: string) => ctx.link("level", id, ladder.levelById.get(id)!.title);
  const add = (type: CaseAssociationType, origin: CaseLink, destination: CaseLink, sequenceNumber?: number) => {
    const identifier = ctx.id("association", `${type}/${origin.identifier}/${destination.identifier}`);
    out.push({
      identifier,
      uri: ctx.uri(identifier),
      associationType: type,
      ...(sequenceNumber !== undefined ? { sequenceNumber } : {}),
      originNodeURI: origin,
      destinationNodeURI: destination,
      CFDocumentURI: ctx.document,
      lastChangeDateTime: ctx.time,
    });
  };
  ladder.tracks.forEach((track, t) => {
    const trackLink = ctx.link("track", track.id, track.name);
    add("isChildOf", trackLink, ctx.document, t + 1);
    track.levels.forEach((id, i) => add("isChildOf", level(id), trackLink, i + 1));
  });
  ladder.categories.forEach((category, c) => {
    const categoryLink = ctx.link("category", category.id, category.name);
    add("isChildOf", categoryLink, ctx.document, c + 1);
    ladder.competencies.filter((x) => x.category === category.id).forEach((x, i) => add("isChildOf", ctx.link("competency", x.id, x.name), categoryLink, i + 1));
  });
  for (const move of ladder.moves) if (move.kind !== "switch") add("precedes", level(move.from), level(move.to));
  ladder.levels.forEach((a, i) => {
    for (const b of ladder.levels.slice(i + 1)) if (a.band === b.band && a.track !== b.track) add("isPeerOf", level(a.id), level(b.id));
  });
  return out;
}
