import { lstat, readdir, realpath, stat } from "../load/fs-async.js";
import { join, resolve } from "node:path";

/** A file to check, `-` for standard input, a path that does not exist, or a glob that matched nothing. */
export type Input =
  | { readonly kind: "file"; readonly path: string }
  | { readonly kind: "stdin" }
  | { readonly kind: "missing"; readonly path: string }
  | { readonly kind: "no-match"; readonly pattern: string }
  | { readonly kind: "empty-folder"; readonly path: string };

const YAML_FILE = /\.ya?ml$/i;

/**
 * Collects YAML files under `dir` (absolute), naming them under `shown` (as the user wrote it).
 * Symbolic links are followed, to files and to folders, as a file or folder named on the command
 * line is: a ladder kept elsewhere and linked in must not pass CI unchecked. `folders` holds the
 * real path of each folder walked: one reached again (a link back up the tree, or a second link to
 * it) is not walked again, so a loop ends and a shared folder costs one walk.
 */
async function walk(dir: string, shown: string, found: string[], folders: Set<string>): Promise<void> {
  const real = await realpath(dir);
  if (folders.has(real)) return;
  folders.add(real);
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    // A link to nothing is kept when its name is a YAML file's: reading it then says it is broken.
    const target = entry.isSymbolicLink() ? await stat(path).catch(() => "broken" as const) : entry;
    if (target !== "broken" && target.isDirectory()) await walk(path, join(shown, entry.name), found, folders);
    else if ((target === "broken" || target.isFile()) && YAML_FILE.test(entry.name)) found.push(join(shown, entry.name));
  }
}

/** An input that names nothing to read. */
export type NothingToRead = Exclude<Input, { readonly kind: "file" } | { readonly kind: "stdin" }>;

/** Why an input names nothing to read, with the name it was given. */
export function nothingToRead(input: NothingToRead): { readonly name: string; readonly problem: string } {
  if (input.kind === "missing") return { name: input.path, problem: "file not found" };
  if (input.kind === "no-match") return { name: input.pattern, problem: "no files match this pattern" };
  return { name: input.path, problem: "no .yaml or .yml files in this folder" };
}

/**
 * Expands the CLI's arguments into inputs: a file as given, a directory into its `.yaml` and `.yml`
 * files (recursively, sorted, following symbolic links, skipping dot folders and node_modules;
 * none is an input of its own kind), a glob such as
 * `ladders/**\/*.yaml` into the files it matches (sorted; none is an input of its own kind, so the
 * user hears of it), `-` into standard input. Each file (by its real path), and standard input, comes once.
 * Paths stay as the user wrote them (relative to `cwd`), so diagnostics name them the same way.
 */
export async function expandInputs(args: readonly string[], cwd: string): Promise<Input[]> {
  const inputs: Input[] = [];
  for (const arg of args) {
    if (arg === "-") {
      inputs.push({ kind: "stdin" });
      continue;
    }
    try {
      const info = await stat(resolve(cwd, arg));
      if (info.isDirectory()) {
        const found: string[] = [];
        await walk(resolve(cwd, arg), arg, found, new Set());
        // A folder with nothing to check is said, as a glob that matches nothing is: a CI job
        // pointed at the wrong folder must not pass.
        if (found.length === 0) inputs.push({ kind: "empty-folder", path: arg });
        inputs.push(...found.map((path) => ({ kind: "file" as const, path })));
      } else inputs.push({ kind: "file", path: arg });
    } catch {
      // Loaded only here: most runs name files and folders, and never need the glob matcher.
      const { glob, isDynamicPattern } = await import("tinyglobby");
      if (!isDynamicPattern(arg)) {
        // A link to nothing is read as a file, so the report says the link is broken, not missing.
        const link = await lstat(resolve(cwd, arg)).then((info) => info.isSymbolicLink(), () => false);
        inputs.push(link ? { kind: "file", path: arg } : { kind: "missing", path: arg });
        continue;
      }
      const found = await glob(arg, { cwd, ignore: ["**/node_modules/**"], onlyFiles: true, expandDirectories: false });
      if (found.length === 0) inputs.push({ kind: "no-match", pattern: arg });
      else inputs.push(...found.sort().map((path) => ({ kind: "file" as const, path })));
    }
  }
  // A file named twice (by itself and in its folder, in two spellings, or through a link: a glob
  // through a link that loops finds the same files again) is read once, under the first name, and
  // so is standard input: each finding is reported, and counted, once.
  const keys = await Promise.all(
    inputs.map((input) => (input.kind === "stdin" ? "-" : input.kind === "file" ? realpath(resolve(cwd, input.path)).catch(() => resolve(cwd, input.path)) : undefined)),
  );
  const seen = new Set<string>();
  return inputs.filter((_, i) => {
    const key = keys[i];
    if (key === undefined) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
