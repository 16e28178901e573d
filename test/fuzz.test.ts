// The short fuzz run: every target of test/fuzz/targets.ts, a small share of the cases of the long
// run (`npm run fuzz`, at least 100,000), with shrinking so a failure shows its smallest input.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvariantError } from "./fuzz/invariants.js";
import { fuzzContext, FUZZ_TARGETS, type FuzzContext } from "./fuzz/targets.js";

let context: FuzzContext & { close(): Promise<void> };
beforeAll(async () => {
  context = await fuzzContext();
});
afterAll(() => context.close());

describe("fuzz (short run)", () => {
  it("has a target for every entry point that takes outside data, and 100,000 cases in the long run", () => {
    expect(FUZZ_TARGETS.map((t) => t.name)).toEqual(expect.arrayContaining(["ladder-random-text", "ladder-value-edits", "profile-text-edits", "validate-ladder-value", "config-text", "cli-argv", "ladder-file-bytes", "csv-import", "extends-overlay", "migrate-profile-text", "diff-ladders", "cli-argv-new-commands"]));
    expect(new Set(FUZZ_TARGETS.map((t) => t.name)).size).toBe(FUZZ_TARGETS.length);
    expect(FUZZ_TARGETS.reduce((sum, t) => sum + t.runs, 0)).toBeGreaterThanOrEqual(100_000);
  });

  it.each(FUZZ_TARGETS.map((t) => [t.name, t] as const))("%s", async (_, target) => {
    await fc.assert(
      fc.asyncProperty(target.arbitrary, async (input) => {
        await target.invariant(input, await target.run(input, context), context);
      }),
      { numRuns: Math.max(25, Math.round(target.runs / 200)) },
    );
  }, 60_000);

  it("catches a broken invariant (the harness can fail)", () => {
    const broken = { ...FUZZ_TARGETS[0]!, run: () => ({ diagnostics: [{ rule: "x", severity: "error", message: "m", path: [], line: 0 }] }) };
    expect(() => broken.invariant("", broken.run(), context)).toThrow(InvariantError);
  });
});
