import type { Finding } from "../diagnostic.js";

/** The text of a file, or why it is not readable as UTF-8 text, with the byte offset at fault. */
export type Decoded = { text: string } | { finding: Finding; line: number; column: number };

function fail(rule: string, message: string, line = 1, column = 1): Decoded {
  return { finding: { rule, severity: "error", message, path: [] }, line, column };
}

/** Line and column (1-based) of a byte offset in UTF-8 bytes, counting characters not bytes. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) (line++, (lineStart = i + 1));
  const column = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column };
}

/**
 * Throws a TypeError unless `text` is a string: what an API function that reads text says to a
 * caller who hands it something else, most often a file's bytes (`readFileSync(path)` without an
 * encoding), rather than failing later on a string method the bytes lack.
 */
export function expectText(text: unknown, fn: string): asserts text is string {
  if (typeof text === "string") return;
  if (text instanceof Uint8Array || text instanceof ArrayBuffer)
    throw new TypeError(`${fn} takes a string, not a ${text.constructor.name}: read the file with 'utf8' (readFileSync(path, "utf8"))`);
  throw new TypeError(`${fn} takes a string, not ${text === null ? "null" : typeof text}`);
}

/**
 * The text without its leading byte order mark, if it has one: what the loader reads (a file's
 * mark is dropped in decoding; a string handed to the API may still carry one).
 */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The text with each lone CR (old Mac OS line endings) made an LF. YAML counts a lone CR as a line
 * break, but the yaml library does not: a file of them read as one line, its first comment hiding
 * the rest ("file is empty"). One character for one, so offsets, lines and columns stay right; a
 * CRLF is left as it is.
 */
export function withLineFeeds(text: string): string {
  return text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text;
}

/**
 * Decodes a file's bytes as UTF-8, refusing UTF-16 and UTF-32 (by their byte order mark or the NUL
 * bytes they are full of) and invalid UTF-8 (pointing at the first bad byte). A UTF-8 byte order
 * mark is dropped.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0)
    return fail("file-encoding", "file is UTF-32 (it starts with a UTF-32 byte order mark); save it as UTF-8");
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return fail("file-encoding", "file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8");
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, column } = bytePosition(bytes, nul);
    return fail("file-encoding", "file contains NUL bytes: it is UTF-16, UTF-32 or binary, not UTF-8 text", line, column);
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const { line, column } = bytePosition(bytes, bad);
    return fail("file-encoding", `invalid UTF-8 byte 0x${bytes[bad]!.toString(16).padStart(2, "0")}; save the file as UTF-8`, line, column);
  }
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const size = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (size === 0) return i;
    const slice = bytes.subarray(i, i + size);
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(slice);
    } catch {
      return i;
    }
    i += size;
  }
  return 0;
}
