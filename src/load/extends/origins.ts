import { toDiagnostic, type Diagnostic, type Finding, type PathKey } from "../../diagnostic.js";
import type { Ladder } from "../../model/ladder.js";
import { place, type YamlSource } from "../locate.js";

/** Where a node was written: a file (its parsed YAML when there is one) and its path in that file. */
export interface Origin {
  readonly source: YamlSource | undefined;
  readonly file: string | undefined;
  readonly path: readonly PathKey[];
}

/**
 * A node of a merged ladder was written in a file, or comes unchanged from the node at `path` of
 * the base layer (which may itself be merged: the base answers where that node was written).
 */
export type OriginEntry = { readonly written: Origin } | { readonly base: Layer; readonly path: readonly PathKey[] };

/**
 * A ladder as resolved from one file and the files it extends: the merged ladder, where each of
 * its nodes was written, and every file's parsed YAML (the entry file first), for directives and
 * code frames.
 */
export interface Layer {
  readonly ladder: Ladder;
  /** Entries by `pathKey` of the merged path. A node without an entry is found under its nearest parent that has one. */
  readonly origins: ReadonlyMap<string, OriginEntry>;
  readonly sources: readonly YamlSource[];
}

/** The key of a path in `Layer.origins`. */
export const pathKey = (path: readonly PathKey[]): string => JSON.stringify(path);

/** A layer of one file that extends nothing: every node was written where it is. */
export function fileLayer(ladder: Ladder, source: YamlSource | undefined, file: string | undefined): Layer {
  return { ladder, origins: new Map([[pathKey([]), { written: { source, file, path: [] } }]]), sources: source ? [source] : [] };
}

/**
 * Where the node at a path of a layer's ladder was written: the nearest recorded parent, with the
 * rest of the path appended (a node below a recorded one sits in the same file, in the same place
 * relative to it).
 */
export function originOf(layer: Layer, path: readonly PathKey[]): Origin {
  for (let length = path.length; length >= 0; length--) {
    const entry = layer.origins.get(pathKey(path.slice(0, length)));
    if (entry === undefined) continue;
    const rest = path.slice(length);
    if ("written" in entry) return { ...entry.written, path: [...entry.written.path, ...rest] };
    return originOf(entry.base, [...entry.path, ...rest]);
  }
  return { source: undefined, file: undefined, path };
}

/** A finding about a path of a layer's ladder, located in the file that holds the node. */
export function locateInLayer(layer: Layer, finding: Finding, atKey = false): Diagnostic {
  const origin = originOf(layer, finding.path);
  const moved = { ...finding, path: origin.path };
  return origin.source ? place(origin.source, moved, atKey) : toDiagnostic(moved, origin.file);
}
