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

  it("checks in the older CLI row that --out never writes over a file the run read", async () => {
    // chain-profile.yaml names chain.yaml, which extends profile-ladder.yaml: every one is read.
    const row = FUZZ_TARGETS.find((t) => t.name === "cli-argv")!;
    const argv = ["gap", "--profile", "chain-profile.yaml", "--out", "profile-ladder.yaml"];
    const clobbered = { code: 0, stderr: "", changed: [], written: ["profile-ladder.yaml"] };
    await expect(row.invariant(argv, clobbered, context)).rejects.toThrow("--out wrote over a file it read: profile-ladder.yaml");
    const folder = { code: 0, stderr: "", changed: [], written: ["ladder.yaml"] };
    await expect(row.invariant(["validate", ".", "--output", "ladder.yaml"], folder, context)).rejects.toThrow(InvariantError);
    // The run itself is refused, and another file may be written.
    const run = await row.run(argv, context);
    expect([run.code, run.written, run.changed]).toEqual([2, [], []]);
    await row.invariant(["gap", "--profile", "chain-profile.yaml", "--out", "out.txt"], { ...clobbered, written: ["out.txt"] }, context);
  });

  it("catches a broken invariant (the harness can fail)", () => {
    const broken = { ...FUZZ_TARGETS[0]!, run: () => ({ diagnostics: [{ rule: "x", severity: "error", message: "m", path: [], line: 0 }] }) };
    expect(() => broken.invariant("", broken.run(), context)).toThrow(InvariantError);
  });
});
