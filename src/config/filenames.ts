/**
 * The file names a config may have, in the order they are looked for in each folder.
 *
 * @example
 * const hasConfig = CONFIG_FILENAMES.some((name) => existsSync(join(folder, name)));
 */
export const CONFIG_FILENAMES = [".ladderkit.yaml", ".ladderkit.yml"] as const;

