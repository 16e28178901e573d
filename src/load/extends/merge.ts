import type { Finding } from "../../diagnostic.js";
import type { CompetencyPatchSchema, LadderExtension } from "../../model/extension.js";
import type { Competency } from "../../model/competency.js";
import type { YamlSource } from "../locate.js";
import { mergeTracks } from "./merge-tracks.js";
import { pathKey, type Layer, type OriginEntry } from "./origins.js";
import { fromBase, isComplete, matchById, overlay, overlayRecord, type MergeContext, type Plain } from "./patch.js";
import { removals } from "./removals.js";
import type * as z from "zod";

type CompetencyPatch = z.infer<typeof CompetencyPatchSchema>;

/** A list of items with ids (scale steps, categories): overridden field by field, new ones added last. */
function mergeSimple<T extends { id: string }, P extends { id: string }>(
  ctx: MergeContext,
  key: "scale" | "categories",
  base: readonly T[],
  patches: readonly P[] | undefined,
  removed: ReadonlySet<string>,
  required: readonly string[],
): Plain[] {
  const kind = key === "scale" ? "scale step" : "category";
  const slots = matchById(ctx, kind, base, removed, patches, [key]).filter(
    (slot) => slot.base || isComplete(ctx, kind, slot.patch!.item as P & Plain, required, [key, slot.patch!.index], base.map((b) => b.id)),
  );
  return slots.map((slot, m) =>
    overlay(ctx, slot.base?.item, slot.patch?.item, { merged: [key, m], base: slot.base ? [key, slot.base.index] : undefined, ext: [key, slot.patch?.index ?? -1] }),
  );
}

/** The competencies: overridden field by field (their step descriptions step by step), new ones added last. */
function mergeCompetencies(ctx: MergeContext, base: readonly Competency[], patches: readonly CompetencyPatch[] | undefined, removed: ReadonlySet<string>): Plain[] {
  const slots = matchById(ctx, "competency", base, removed, patches, ["competencies"]).filter(
    (slot) => slot.base || isComplete(ctx, "competency", slot.patch!.item, ["name", "category", "description"], ["competencies", slot.patch!.index], base.map((c) => c.id)),
  );
  return slots.map((slot, m) => {
    const at = { merged: ["competencies", m], base: slot.base ? ["competencies", slot.base.index] : undefined, ext: ["competencies", slot.patch?.index ?? -1] };
    const competency = overlay(ctx, slot.base?.item, slot.patch?.item, at, ["steps"]);
    const steps = overlayRecord(ctx, slot.base?.item.steps, slot.patch?.item.steps, { merged: [...at.merged, "steps"], ext: [...at.ext, "steps"] }, slot.base !== undefined);
    if (steps !== undefined) competency.steps = steps;
    return competency;
  });
}

/** A merged ladder, where each of its nodes comes from, and the mistakes of the extending file. */
export interface Merged {
  readonly value: Plain;
  readonly origins: Map<string, OriginEntry>;
  readonly findings: Finding[];
}

/**
 * Lays an extending ladder over its base: removals first (so removing an id and writing it again
 * replaces it), then each list merged by id. The result is a complete ladder as plain data, still
 * to be checked against the ladder schema, with the origin of each node recorded so that what is
 * said about it can be located in the file that wrote it.
 *
 * @example
 * const { value, origins, findings } = mergeExtension(baseLayer, extension, source, "ladders/acme.yaml");
 */
export function mergeExtension(base: Layer, ext: LadderExtension, source: YamlSource | undefined, file: string | undefined): Merged {
  const ctx: MergeContext = { base, source, file, origins: new Map(), findings: [] };
  ctx.origins.set(pathKey([]), { written: { source, file, path: [] } });
  const b = base.ladder;
  const removed = removals(ctx, b, ext);
  // A list the extending file leaves alone is the base's: findings about it as a whole belong there.
  for (const key of ["description", "scale", "categories", "competencies", "tracks"] as const)
    if (ext[key] === undefined && b[key] !== undefined) fromBase(ctx, [key], [key]);
  const value: Plain = {
    apiVersion: ext.apiVersion,
    kind: ext.kind,
    id: ext.id,
    name: ext.name,
    version: ext.version,
    ...(ext.description ?? b.description) !== undefined && { description: ext.description ?? b.description },
    scale: mergeSimple(ctx, "scale", b.scale, ext.scale, new Set(), ["label", "description"]),
    categories: mergeSimple(ctx, "categories", b.categories, ext.categories, removed.categories, ["name"]),
    competencies: mergeCompetencies(ctx, b.competencies, ext.competencies, removed.competencies),
    tracks: mergeTracks(ctx, b, ext.tracks, removed),
  };
  return { value, origins: ctx.origins, findings: ctx.findings };
}
