import { realpath } from "../fs-async.js";
import { isAbsolute, relative, resolve, sep } from "node:path";

/** Where an `extends` path leads: the base's real path, or why it may not be followed. */
export type BasePath = { readonly path: string } | { readonly refused: string };

/** A URL scheme (`https:`, `file:`, `git+ssh:`): a drive letter (`C:`) is one letter, and a path. */
const URL_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]+:/;

const inside = (dir: string, path: string): boolean => {
  const rel = relative(dir, path);
  return rel !== "" && !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
};

/**
 * Checks an `extends` path written in a file of folder `dir` and finds the file it names. A URL is
 * never followed (ladderkit fetches nothing). An absolute path, or one whose real path (symbolic
 * links followed) leaves `dir`'s tree, is refused unless `allowOutside`.
 *
 * @example
 * await basePath("./dual-track.yaml", "/repo/ladders", false); // { path: "/repo/ladders/dual-track.yaml" }
 */
export async function basePath(written: string, dir: string, allowOutside: boolean): Promise<BasePath> {
  if (URL_SCHEME.test(written)) return { refused: `'${written}' is a URL: a base ladder must be a file, and ladderkit fetches nothing` };
  const hint = "(allow it with --allow-extends-outside, or the allowExtendsOutside option)";
  if (isAbsolute(written) && !allowOutside) return { refused: `'${written}' is an absolute path: write it relative to this file ${hint}` };
  let real: string;
  try {
    real = await realpath(resolve(dir, written));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { refused: `cannot read base ladder '${written}': ${code === "ENOENT" ? "file not found" : `error ${code ?? String(error)}`}` };
  }
  if (!allowOutside && !inside(await realpath(dir).catch(() => dir), real))
    return { refused: `'${written}' leads outside this ladder's folder ${hint}` };
  return { path: real };
}
