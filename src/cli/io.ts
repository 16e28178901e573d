/** What the CLI touches of the outside world, so tests can run it in process. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * Reads standard input (for `-`): all of it, or, past `maxBytes`, stops there, so a stream
   * larger than the limit is refused (by the size check the text then fails) without being held whole.
   */
  readonly readStdin: (maxBytes: number) => Promise<string>;
  /** Whether standard output is a terminal (colour is used only then). */
  readonly isTTY: boolean;
}

/** A usage mistake: reported with the usage line and exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** An output that cannot be written (a missing folder, no permission): exit code 2, without the usage. */
export class OutputError extends Error {
  override name = "OutputError";
}

/** Whether output may carry colour: a terminal, and NO_COLOR unset (FORCE_COLOR forces it on). */
export function useColor(io: CliIO): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== "0") return true;
  return io.isTTY;
}
