import type { Diagnostic } from "../../diagnostic.js";

/** The diagnostics of one checked file, with its text for code frames. */
export interface FileResult {
  readonly file: string;
  /** `Ladder`, `Profile`, or undefined when the file could not be told. */
  readonly kind: "Ladder" | "Profile" | undefined;
  readonly diagnostics: readonly Diagnostic[];
  readonly text?: string | undefined;
  /** The text of each other file its diagnostics point into (the bases a ladder extends), by file name. */
  readonly texts?: Readonly<Record<string, string>> | undefined;
}

/** Options every diagnostics formatter accepts. */
export interface FormatOptions {
  /** Use ANSI colour. Default: false. */
  readonly color?: boolean | undefined;
  /**
   * The directory that absolute file names are shown relative to, in the formats read by CI
   * (`github`, `sarif`, `junit`, `markdown`). Default: `process.cwd()`.
   */
  readonly cwd?: string | undefined;
  /** The ladderkit version to name in `sarif` output. Default: the built package's version, none from source. */
  readonly toolVersion?: string | undefined;
}

/** Turns validation results into text: one function per output format. */
export type Formatter = (results: readonly FileResult[], options?: FormatOptions) => string;
