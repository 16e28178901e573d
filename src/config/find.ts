import { stat } from "../load/fs-async.js";
import { dirname, join, resolve } from "node:path";
import { CONFIG_FILENAMES } from "./filenames.js";

/** The config found from each folder (or none), so a tree of files looks each folder up once. */
export type FolderCache = Map<string, Promise<string | undefined>>;

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function configIn(folder: string): Promise<string | undefined> {
  for (const name of CONFIG_FILENAMES) if (await isFile(join(folder, name))) return join(folder, name);
  return undefined;
}

function findFrom(folder: string, folders: FolderCache): Promise<string | undefined> {
  let found = folders.get(folder);
  if (found === undefined) {
    found = configIn(folder).then((path) => {
      const parent = dirname(folder);
      return path ?? (parent === folder ? undefined : findFrom(parent, folders));
    });
    // The promise is cached, not its result, so files checked at once share one look-up.
    folders.set(folder, found);
  }
  return found;
}

/**
 * The config that applies to a file: `.ladderkit.yaml` (or `.ladderkit.yml`) in the file's folder,
 * or else the nearest one above it, up to the filesystem root. Undefined when there is none.
 *
 * @example
 * const path = await findConfig("/repo/ladders/dual-track.yaml"); // "/repo/.ladderkit.yaml"
 */
export function findConfig(file: string, folders: FolderCache = new Map()): Promise<string | undefined> {
  return findFrom(dirname(resolve(file)), folders);
}
