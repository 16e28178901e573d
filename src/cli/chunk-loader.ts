import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { Script } from "node:vm";

/** What `require` a chunk is given: relative paths are chunks of this loader, the rest Node's. */
type Require = (id: string) => unknown;

/** What became of a chunk's code cache: used, refused by V8, or not there. */
export type CacheUse = "accepted" | "rejected" | "none";

interface Loaded {
  readonly exports: unknown;
  readonly script: Script;
  readonly cacheFile: string;
  readonly cache: CacheUse;
}

/** Where the code cache of a chunk lives: beside it, named for the V8 that wrote it. */
function cacheFileOf(file: string): string {
  return join(dirname(file), "cache", `${basename(file)}.v8-${process.versions.v8}.bin`);
}

/** The chunk's cache, or undefined when there is none for this V8 (another Node) or it cannot be read. */
function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * A CommonJS loader for the CLI's chunks (dist/_cli/*.cjs) that hands V8 the code cache built with
 * them (`npm run build`, scripts/code-cache.mjs), so a cold start neither parses nor compiles the
 * code it runs: what Node 22's `module.enableCompileCache()` does, on Node 20. V8 checks a cache
 * against its version, its flags and the source, and rejects one that does not match: the chunk is
 * then compiled as usual, so a stale or foreign cache costs time, never correctness.
 *
 * @example
 * const chunks = createChunkLoader(createRequire(__filename));
 * chunks.load(join(__dirname, "_cli", "run.cjs"));
 */
export function createChunkLoader(nodeRequire: Require): {
  load: (file: string) => unknown;
  writeCaches: () => void;
  cacheUse: () => Array<[file: string, use: CacheUse]>;
} {
  const loaded = new Map<string, Loaded>();

  const load = (file: string): unknown => {
    const known = loaded.get(file);
    if (known) return known.exports;
    const dir = dirname(file);
    const cacheFile = cacheFileOf(file);
    const source = readFileSync(file, "utf8");
    const cachedData = readCache(cacheFile);
    const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
    const cache: CacheUse = cachedData === undefined ? "none" : script.cachedDataRejected ? "rejected" : "accepted";
    const module = { exports: {} as unknown };
    // Set before the chunk runs, as require() does, so chunks that require each other in a cycle
    // see each other's exports.
    loaded.set(file, {
      get exports() {
        return module.exports;
      },
      script,
      cacheFile,
      cache,
    });
    const require: Require = (id) => (id.startsWith("./") || id.startsWith("../") ? load(join(dir, id)) : nodeRequire(id));
    (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, require, module, file, dir);
    return module.exports;
  };

  /** Writes the code cache of every chunk loaded, with every function compiled so far in it. */
  const writeCaches = (): void => {
    for (const { script, cacheFile } of loaded.values()) {
      mkdirSync(dirname(cacheFile), { recursive: true });
      writeFileSync(cacheFile, script.createCachedData());
    }
  };

  const cacheUse = () => [...loaded].map(([file, { cache }]): [string, CacheUse] => [file, cache]);

  return { load, writeCaches, cacheUse };
}
