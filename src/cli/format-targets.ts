import type { parseArgs } from "node:util";
import type { DiagnosticsFormat } from "../report/diagnostics/index.js";
import { formatterLoaders } from "./formatters.js";
import { UsageError } from "./io.js";

/** One output of a validation run: a format, written to a file or (without one) standard output. */
export interface FormatTarget {
  readonly format: DiagnosticsFormat;
  readonly output?: string | undefined;
}

type Token = NonNullable<ReturnType<typeof parseArgs>["tokens"]>[number];

/**
 * Pairs `--format` flags with `--output` flags in the order given: an `--output` belongs to the
 * `--format` just before it. Without any `--format`, the default is `github` inside GitHub Actions
 * (where annotations show in the pull request) and `stylish` elsewhere. At most one format may go to
 * standard output, so outputs never interleave.
 */
export function formatTargets(tokens: readonly Token[], env: Readonly<Record<string, string | undefined>>): FormatTarget[] {
  const targets: Array<{ format: DiagnosticsFormat; output?: string }> = [];
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    if (token.name === "format") {
      const format = token.value ?? "";
      if (!Object.hasOwn(formatterLoaders, format))
        throw new UsageError(`unknown format '${format}'; expected one of: ${Object.keys(formatterLoaders).join(", ")}`);
      targets.push({ format: format as DiagnosticsFormat });
    } else if (token.name === "output") {
      const last = targets[targets.length - 1];
      if (!last || last.output !== undefined) throw new UsageError(`--output ${token.value ?? ""} must follow the --format it is for`);
      last.output = token.value;
    }
  }
  if (targets.length === 0) return [{ format: env.GITHUB_ACTIONS === "true" ? "github" : "stylish" }];
  if (targets.filter((t) => t.output === undefined).length > 1) throw new UsageError("only one --format can go to standard output; give the others an --output file");
  return targets;
}
