import type { Diagnostic } from "../../diagnostic.js";

/** The diagnostics of one checked file, with its text for code frames. */
export interface FileResult {
  readonly file: string;
  /** `Ladder`, `Profile`, or undefined when the file could not be told. */
  readonly kind: "Ladder" | "Profile" | undefined;
  readonly diagnostics: readonly Diagnostic[];
  readonly text?: string | undefined;
}

/** Options every diagnostics formatter accepts. */
export interface FormatOptions {
  /** Use ANSI colour. Default: false. */
  readonly color?: boolean | undefined;
}

/** Turns validation results into text: one function per output format. */
export type Formatter = (results: readonly FileResult[], options?: FormatOptions) => string;
