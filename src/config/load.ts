import { readText } from "../api/load.js";
import { CONFIG_RULE, parseConfig, type ConfigResult } from "./parse.js";

/** Options for loading a config file. */
export interface LoadConfigOptions {
  /** The file name put in diagnostics. Default: the path. */
  readonly filename?: string | undefined;
}

/**
 * Reads and parses a config file; see `parseConfig`. Never throws: a file that cannot be read is a
 * diagnostic too.
 *
 * @example
 * const { config, diagnostics } = await loadConfig("/repo/.ladderkit.yaml");
 */
export async function loadConfig(path: string, options: LoadConfigOptions = {}): Promise<ConfigResult> {
  const file = options.filename ?? path;
  const read = await readText(path, { filename: file });
  if ("diagnostic" in read) return { file, diagnostics: [{ ...read.diagnostic, rule: CONFIG_RULE }] };
  return parseConfig(read.text, file);
}
