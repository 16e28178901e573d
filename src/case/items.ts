import type { CaseContext } from "./context.js";
import type { CaseItem, CaseItemType } from "./types.js";

/** The four kinds of item, with the place each takes in the hierarchy. */
const ITEM_TYPES = [
  { code: "Track", hierarchyCode: "1", description: "A track of the career ladder: an ordered chain of levels." },
  { code: "Level", hierarchyCode: "1.1", description: "A level: a title on a track, with a band shared across tracks." },
  { code: "Category", hierarchyCode: "2", description: "A group of competencies." },
  { code: "Competency", hierarchyCode: "2.1", description: "What is assessed at every level." },
] as const;

type ItemTypeCode = (typeof ITEM_TYPES)[number]["code"];

export function itemTypes(ctx: CaseContext): CaseItemType[] {
  return ITEM_TYPES.map((t) => {
    const identifier = ctx.id("item-type", t.code);
    return { identifier, uri: ctx.uri(identifier), title: t.code, description: t.description, code: t.code, hierarchyCode: t.hierarchyCode, lastChangeDateTime: ctx.time };
  });
}

function item(ctx: CaseContext, type: ItemTypeCode, key: string, fields: Pick<CaseItem, "fullStatement" | "abbreviatedStatement" | "humanCodingScheme"> & Partial<Pick<CaseItem, "listEnumeration" | "notes">>): CaseItem {
  const identifier = ctx.id(type.toLowerCase(), key);
  return {
    identifier,
    uri: ctx.uri(identifier),
    fullStatement: fields.fullStatement,
    abbreviatedStatement: fields.abbreviatedStatement,
    humanCodingScheme: fields.humanCodingScheme,
    ...(fields.listEnumeration !== undefined ? { listEnumeration: fields.listEnumeration } : {}),
    ...(fields.notes !== undefined ? { notes: fields.notes } : {}),
    CFItemType: type,
    CFItemTypeURI: ctx.link("item-type", type, type),
    CFDocumentURI: ctx.document,
    lastChangeDateTime: ctx.time,
  };
}

/** Tracks with their levels, then categories with their competencies, each in ladder order. */
export function caseItems(ctx: CaseContext): CaseItem[] {
  const { ladder } = ctx;
  const out: CaseItem[] = [];
  ladder.tracks.forEach((track, t) => {
    out.push(item(ctx, "Track", track.id, { fullStatement: track.description ?? track.name, abbreviatedStatement: track.name, humanCodingScheme: track.id, listEnumeration: String(t + 1), notes: `Kind: ${track.kind}.` }));
    for (const id of track.levels) {
      const level = ladder.levelById.get(id)!;
      if (level.track !== track.id) continue;
      const notes = [`Band ${level.band}.`, ...(level.scope !== undefined ? [`Scope: ${level.scope}`] : []), ...(level.top ? ["A top level: no promotion."] : [])].join(" ");
      out.push(item(ctx, "Level", level.id, { fullStatement: level.summary, abbreviatedStatement: level.title, humanCodingScheme: level.id, listEnumeration: String(level.position + 1), notes }));
    }
  });
  ladder.categories.forEach((category, c) => {
    out.push(item(ctx, "Category", category.id, { fullStatement: category.description ?? category.name, abbreviatedStatement: category.name, humanCodingScheme: category.id, listEnumeration: String(c + 1) }));
    ladder.competencies
      .filter((competency) => competency.category === category.id)
      .forEach((competency, i) => {
        const tracks = competency.tracks === undefined ? "every track" : `tracks ${competency.tracks.join(", ")}`;
        out.push(item(ctx, "Competency", competency.id, { fullStatement: competency.description, abbreviatedStatement: competency.name, humanCodingScheme: competency.id, listEnumeration: String(i + 1), notes: `Weight ${competency.weight}; applies to ${tracks}.` }));
      });
  });
  return out;
}
