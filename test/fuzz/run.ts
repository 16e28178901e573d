import fc from "fast-check";
import type { FuzzContext, FuzzTarget } from "./targets.js";

/** A case that crashed or broke its target's invariant. */
export interface FuzzFailure {
  readonly input: unknown;
  readonly error: string;
}

/** What running one target gave. */
export interface FuzzReport {
  readonly name: string;
  readonly cases: number;
  readonly failures: FuzzFailure[];
  readonly ms: number;
}

/**
 * Runs `cases` cases of a target and counts every failure (no shrinking: a long run reports them
 * all; the short run in the tests uses fc.assert, which shrinks). Never throws for a failing case.
 */
export async function runTarget(target: FuzzTarget<any, any>, context: FuzzContext, cases: number, seed: number): Promise<FuzzReport> {
  const failures: FuzzFailure[] = [];
  let count = 0;
  const start = performance.now();
  await fc.check(
    fc.asyncProperty(target.arbitrary, async (input) => {
      count++;
      try {
        await target.invariant(input, await target.run(input, context), context);
      } catch (error) {
        failures.push({ input, error: error instanceof Error ? `${error.name}: ${error.message}\n${error.stack?.split("\n").slice(1, 4).join("\n") ?? ""}` : String(error) });
      }
      return true;
    }),
    { numRuns: cases, seed, endOnFailure: true },
  );
  return { name: target.name, cases: count, failures, ms: performance.now() - start };
}
