// No super-linear work on the surfaces added after the first hardening pass: diff matching and
// rename detection, CSV parsing and import, profile migration, extends merging. Each case runs on
// the slowest inputs we could build, at two sizes: linear work takes about 4 times as long on 4
// times the input, quadratic work 16 times (and seconds to minutes at these sizes).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkText, diffLadders, importCsv, migrateProfileText, ladderToCsv, stringifyLadder, validateLadder, type ResolvedLadder } from "../src/index.js";
import { parseCsv } from "../src/csv/rfc4180.js";

/** Milliseconds one call takes. */
function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/**
 * Builds the input of a case at a small and a 4 times larger size, runs it on both (after a
 * warm-up) and checks that the time grows about linearly. Only `run` is timed.
 */
export function expectLinear<I>(build: (size: number) => I, run: (input: I) => unknown, small: number): void {
  run(build(Math.max(1, Math.round(small / 10))));
  const [smallInput, largeInput] = [build(small), build(4 * small)];
  const [smallTime, largeTime] = [time(() => run(smallInput)), time(() => run(largeInput))];
  // Linear: about 4x; quadratic: 16x. The slack absorbs a loaded machine.
  expect(largeTime).toBeLessThan(8 * smallTime + 1000);
}

/** A valid ladder of `n` competencies named `<prefix><i>`, each with a name of `nameLength` characters. */
export function wideLadder(n: number, prefix: string, nameLength = 10): ResolvedLadder {
  const ids = Array.from({ length: n }, (_, i) => `${prefix}${i}`);
  const { ladder, diagnostics } = validateLadder(
    {
      apiVersion: "ladderkit/v1",
      kind: "Ladder",
      id: "wide",
      name: "Wide",
      version: "1",
      scale: [
        { id: "a", label: "A", description: "a" },
        { id: "b", label: "B", description: "b" },
      ],
      categories: [{ id: "c", name: "C" }],
      competencies: ids.map((id, i) => ({ id, name: `${i} ${"n".repeat(nameLength)}`, category: "c", description: `d ${i}` })),
      tracks: [
        {
          id: "t",
          name: "T",
          kind: "individual-contributor",
          levels: [{ id: "l", title: "L", band: 1, summary: "s", top: true, expectations: Object.fromEntries(ids.map((id) => [id, "a"])) }],
        },
      ],
    },
    { limits: { maxStringLength: 1_000_000 } },
  );
  if (!ladder) throw new Error(`the wide ladder does not load: ${JSON.stringify(diagnostics.slice(0, 3))}`);
  return ladder;
}

describe("no super-linear work on the new surfaces", () => {
  it("detects n renames in time linear in n, however long the names", () => {
    // Before, each old item computed the key of every new item again: 2,000 competencies renamed,
    // with names of 1,000 characters, took 4.6 s; with names of 5,000 (10 MB in all), half a minute.
    expectLinear(
      (n) => [wideLadder(n, "old-", 2_000), wideLadder(n, "new-", 2_000)] as const,
      ([before, after]) => expect(diffLadders(before, after).summary.renamed).toBe(before.competencies.length),
      500,
    );
  });
});

describe("no super-linear work in extends", () => {
  const dir = mkdtempSync(join(tmpdir(), "ladderkit-linear-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reports n removals of unknown ids in time linear in n, each near a base id", async () => {
    // Before, every finding looked for a "did you mean" among all n base ids with a full edit
    // distance table each: 2,000 unknown ids of 45 characters against 2,000 base ids took 135 s.
    const inputs = new Map<number, string>();
    const build = (n: number) => {
      const base = join(dir, `base-${n}.yaml`);
      writeFileSync(base, stringifyLadder(wideLadder(n, "c".repeat(40)).source));
      const ids = Array.from({ length: n }, (_, i) => `${"c".repeat(40)}${i}x`);
      const text = `apiVersion: ladderkit/v1\nkind: Ladder\nextends: ./base-${n}.yaml\nid: o\nname: O\nversion: "1"\nremove:\n  competencies: [${ids.join(", ")}]\n`;
      inputs.set(n, text);
      return n;
    };
    const times = new Map<number, number>();
    for (const n of [50, 500, 2_000]) build(n);
    for (const n of [50, 500, 2_000]) {
      const start = performance.now();
      const result = await checkText(inputs.get(n)!, dir, { limits: { maxStringLength: 1_000_000 } });
      times.set(n, performance.now() - start);
      expect(result.diagnostics.filter((d) => d.rule === "extends-patch")).toHaveLength(n);
    }
    // Linear: about 4x; quadratic: 16x. The slack absorbs a loaded machine.
    expect(times.get(2_000)!).toBeLessThan(8 * times.get(500)! + 1000);
  });
});

describe("no super-linear work in CSV", () => {
  it("parses cells full of doubled quotes and line breaks, and long rows, in linear time", () => {
    const cell = (n: number) => `"${'a"",\r\n'.repeat(n)}"`;
    expectLinear((n) => `${Array.from({ length: 50 }, () => cell(n)).join(",")}\r\n`.repeat(20), (text) => expect("rows" in parseCsv(text)).toBe(true), 150);
  });

  it("imports n competencies in time linear in n", () => {
    expectLinear(
      (n) => {
        const base = wideLadder(n, "c");
        return [base, ladderToCsv(base)] as const;
      },
      ([base, csv]) => expect(importCsv(csv, base).ladder?.competencies).toHaveLength(base.competencies.length),
      400,
    );
  });

  it("answers a CSV of n unknown competency categories, each near a real one, in time linear in n", () => {
    const base = wideLadder(10, "c");
    const header = ladderToCsv(base).split("\r\n").slice(0, 4).join("\r\n");
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `x${i},X,${"c".repeat(60)}${i},d,1,,,,a`).join("\r\n");
    expectLinear((n) => `${header}\r\n${rows(n)}\r\n`, (csv) => expect(importCsv(csv, base).ladder).toBeUndefined(), 500);
  });
});

describe("no super-linear work in migration", () => {
  it("migrates a profile of n ratings, every competency renamed, in time linear in n", () => {
    expectLinear(
      (n) => {
        const diff = diffLadders(wideLadder(n, "old-"), wideLadder(n, "new-"));
        const ratings = Array.from({ length: n }, (_, i) => `  old-${i}: { agreed: a }`).join("\n");
        return [diff, `apiVersion: ladderkit/v1\nkind: Profile\nperson: { name: P, id: p }\nladder: ./l.yaml\nlevel: l\ndate: "2026-01-01"\nratings:\n${ratings}\n`] as const;
      },
      ([diff, text]) => expect(migrateProfileText(text, diff).text).toContain("new-0:"),
      300,
    );
  });
});
