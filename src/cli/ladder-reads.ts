import { loadDocument, type LoadOptions } from "../api/load.js";
import type { LadderResult } from "../api/parse.js";

/**
 * A `loadLadder` for profiles that adds to `read` the ladder file it loads and every base that
 * ladder extends (absolute paths), so `--out` replaces none of the chain.
 */
export function recordingLadderLoader(read: string[], options: LoadOptions = {}): (path: string) => Promise<LadderResult> {
  return async (path) => {
    const { ladder, diagnostics, texts } = await loadDocument(path, { ...options, expect: "Ladder" });
    // Bases are named from the ladder's absolute path, so each name is an absolute path too.
    read.push(path, ...Object.keys(texts ?? {}));
    return { ladder, diagnostics };
  };
}
