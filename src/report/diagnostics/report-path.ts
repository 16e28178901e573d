import { isAbsolute, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";

/** True when a relative path climbs out of the directory it is relative to. */
const climbsOut = (path: string) => path === ".." || path.startsWith(`..${sep}`) || isAbsolute(path);

/**
 * A file name as CI reports show it: relative to `cwd` when it is absolute, with forward slashes.
 * A relative name is kept as given (it is already relative to where the command ran).
 *
 * @example
 * reportPath("/repo/ladders/a.yaml", "/repo"); // "ladders/a.yaml"
 */
export function reportPath(file: string, cwd: string = process.cwd()): string {
  const path = isAbsolute(file) ? relative(cwd, file) : file;
  // Only on Windows is a backslash a separator; elsewhere it may be part of a file name.
  return sep === "\\" ? path.replaceAll("\\", "/") : path;
}

/**
 * A file as a URI reference for SARIF: the report path with each segment percent-encoded
 * (`my ladder.yaml` -> `my%20ladder.yaml`, `a:b` -> `a%3Ab`), or an absolute `file:` URI for an
 * absolute file outside `cwd`, which no relative reference could name. A lone surrogate, which no
 * URI can hold, becomes U+FFFD.
 */
export function reportUri(file: string, cwd: string = process.cwd()): string {
  // A lone surrogate has no UTF-8 form, and encodeURIComponent throws on it: show it as U+FFFD.
  file = file.replace(/[\ud800-\udfff]/gu, "\ufffd");
  if (isAbsolute(file) && climbsOut(relative(cwd, file))) return pathToFileURL(file).href;
  return reportPath(file, cwd).split("/").map(encodeURIComponent).join("/");
}
