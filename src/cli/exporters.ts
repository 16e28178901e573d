import type { ResolvedLadder } from "../model/resolved.js";

/** What `ladderkit export` passes to every format; a format uses what it needs. */
export interface ExportOptions {
  /** `--date`: the CASE package's lastChangeDateTime. */
  readonly lastChange?: string | undefined;
  /** `--base-uri`: where the CASE package's URIs point. */
  readonly baseUri?: string | undefined;
  /** `--creator`: the CASE document's creator. */
  readonly creator?: string | undefined;
  /** yaml: the `$schema` path of the written ladder's first line. */
  readonly schema?: string | undefined;
}

/** Writes a resolved ladder in one format. Pure: same ladder and options, same bytes. */
export type Exporter = (ladder: ResolvedLadder, options: ExportOptions) => string;

// One entry per format, each loaded only when asked for (like renderers.ts). A new format is one
// more entry here: the command takes its list of formats from this record.

/** `ladderkit export` formats, loaded on use. */
export const exportLoaders = {
  yaml: async () => {
    const [{ flattenLadder }, { stringifyLadder }] = await Promise.all([import("../model/flatten.js"), import("../report/ladder-yaml.js")]);
    return (ladder, options) => stringifyLadder(flattenLadder(ladder), { schema: options.schema });
  },
  csv: async () => (await import("../csv/export.js")).ladderToCsv,
  case: async () => {
    const { ladderToCase } = await import("../case/package.js");
    return (ladder, options) => `${JSON.stringify(ladderToCase(ladder, options), null, 2)}\n`;
  },
} satisfies Record<string, () => Promise<Exporter>>;

/** A format of `ladderkit export`. */
export type ExportFormat = keyof typeof exportLoaders;
