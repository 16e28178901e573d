export { createConfigCache, type ConfigCache } from "./cache.js";
export { findConfig, type FolderCache } from "./find.js";
export { loadConfig, type LoadConfigOptions } from "./load.js";
export { CONFIG_RULE, parseConfig, type ConfigResult, type LadderkitConfig } from "./parse.js";
export { CONFIG_FILENAMES, CONFIG_SEVERITIES, ConfigSchema, type ConfigFile, type ConfigSeverity } from "./schema.js";
