import { dirname, relative, resolve, sep } from "node:path";
import { withoutBom } from "../load/decode.js";
import type { CliIO } from "./io.js";

const SCHEMA_LINE = /^# yaml-language-server: \$schema=(\S+)/;

/**
 * The `$schema` path of a ladder's first line, rebased to where a ladder written from it goes
 * (`out`, or the working directory for standard output); undefined when it has none, or when the
 * ladder came from standard input (`-`: no folder to rebase from). `text` is the ladder's text as
 * it was loaded, so the line is the one of the ladder written. A written ladder is standalone, so
 * an extension's schema becomes the full ladder's.
 */
export function rebasedSchema(io: CliIO, ladderFile: string, text: string, out: string | undefined): string | undefined {
  if (ladderFile === "-") return undefined;
  // A file saved with a byte order mark has its schema line after it.
  const path = SCHEMA_LINE.exec(withoutBom(text))?.[1]?.replace(/ladder-extension\.schema\.json$/, "ladder.schema.json");
  if (path === undefined) return undefined;
  const to = out === undefined || out === "-" ? io.cwd : dirname(resolve(io.cwd, out));
  return rebase(path, dirname(resolve(io.cwd, ladderFile)), to);
}

/** A `$schema` path that reads from `fromDir`, as it reads from `toDir`, with forward slashes; a URL stays as it is. */
function rebase(path: string, fromDir: string, toDir: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return path;
  return relative(toDir, resolve(fromDir, path)).split(sep).join("/");
}

/**
 * `text` with the relative `$schema` path of its first line rebased from `fromDir` to `toDir`: a
 * document written to another folder still names its schema. Unchanged without such a line.
 */
export function withRebasedSchemaLine(text: string, fromDir: string, toDir: string): string {
  const body = withoutBom(text);
  const bom = text.slice(0, text.length - body.length);
  const match = SCHEMA_LINE.exec(body);
  const path = match?.[1];
  if (match === null || path === undefined || fromDir === toDir) return text;
  return `${bom}${match[0].replace(path, rebase(path, fromDir, toDir))}${body.slice(match[0].length)}`;
}
