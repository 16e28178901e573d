import { findConfig, type FolderCache } from "./find.js";
import type { ConfigResult } from "./parse.js";

/** Finds and loads the config of many files, reading each folder and each config file once. */
export interface ConfigCache {
  /**
   * The config that applies to a file, or undefined when none is found. Files that share a config
   * get the same result object, so its diagnostics can be reported once.
   */
  forFile(file: string): Promise<ConfigResult | undefined>;
}

/**
 * Makes a config cache. `load` reads one config file. Default: `loadConfig` (pass your own to name
 * files relative to the working directory in diagnostics).
 *
 * @example
 * const configs = createConfigCache();
 * const found = await configs.forFile("/repo/ladders/dual-track.yaml");
 * const rules = found?.config?.rules ?? {};
 */
export function createConfigCache(
  // Imported on first use: a tree without a config never loads the config schema (nor zod).
  load: (path: string) => Promise<ConfigResult> = async (path) => (await import("./load.js")).loadConfig(path),
): ConfigCache {
  const folders: FolderCache = new Map();
  const configs = new Map<string, Promise<ConfigResult>>();
  return {
    async forFile(file) {
      const path = await findConfig(file, folders);
      if (path === undefined) return undefined;
      let loaded = configs.get(path);
      if (loaded === undefined) configs.set(path, (loaded = load(path)));
      return loaded;
    },
  };
}
