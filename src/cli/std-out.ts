import { fstatSync, statSync, writeSync } from "node:fs";
import { createRequire } from "node:module";

// Standard output and error for the CLI, without `process.stdout` and `process.stderr` on the
// common path. Node builds those on first use, with node:tty, node:net and the whole stream stack:
// about 7 ms of a cold start when the output is a pipe, as in CI (a clean `validate` takes ~150 ms).

/**
 * A writer for file descriptor `fd` (1 or 2): writes each text whole and synchronously, so output
 * is complete before the process exits. Should the descriptor be non-blocking and full (EAGAIN),
 * the rest goes through Node's own stream (`fallback`), which waits. A closed reader (EPIPE, as
 * with `| head`) ends the output quietly, as it would for any Unix tool.
 */
export function syncWriter(fd: 1 | 2, fallback: () => NodeJS.WritableStream): (text: string) => void {
  let mode: "sync" | "stream" | "closed" = "sync";
  return (text) => {
    if (mode === "closed") return;
    if (mode === "stream") {
      fallback().write(text);
      return;
    }
    const bytes = Buffer.from(text, "utf8");
    let done = 0;
    try {
      while (done < bytes.length) done += writeSync(fd, bytes, done);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EPIPE") mode = "closed";
      else if (code === "EAGAIN") {
        mode = "stream";
        fallback().write(bytes.subarray(done));
      } else throw error;
    }
  };
}

/**
 * Whether standard output is a terminal. Only a character device can be one, so a pipe or a file
 * is answered by one `fstat`, and so is `/dev/null` (output thrown away, as in hooks that only
 * want the exit code), without loading node:tty (which loads node:net: about 3 ms).
 */
export function stdoutIsTTY(): boolean {
  let rdev: number;
  try {
    const out = fstatSync(1);
    if (!out.isCharacterDevice()) return false;
    rdev = out.rdev;
  } catch {
    return false;
  }
  if (rdev === nullDevice()) return false;
  const { isatty } = createRequire(import.meta.url)("node:tty") as typeof import("node:tty");
  return isatty(1);
}

/** The device number of `/dev/null`, or undefined where there is none (Windows). */
function nullDevice(): number | undefined {
  try {
    return statSync("/dev/null").rdev;
  } catch {
    return undefined;
  }
}
