// The algorithmic shape of validation: a ladder 4x the size costs about 4x the work, never the
// square of it. Never an absolute time: machines differ. One timing test with a generous margin,
// and one that counts the reads resolving and the rules make, which no load on the machine disturbs.
import { describe, expect, it } from "vitest";
import { largeLadder, type LargeLadderShape } from "../bench/large-ladder.mjs";
import { parseLadder, resolveLadder, runLadderRules, type Ladder, type ResolvedLadder } from "../src/index.js";

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Median milliseconds of parseLadder on each text, the texts taking turns so that load falls on each alike. */
function medians(texts: readonly string[], runs: number, warmup: number): number[] {
  for (let i = 0; i < warmup; i++) for (const text of texts) parseLadder(text);
  const times = texts.map((): number[] => []);
  for (let i = 0; i < runs; i++)
    texts.forEach((text, t) => {
      const start = performance.now();
      parseLadder(text);
      times[t]!.push(performance.now() - start);
    });
  return times.map(median);
}

/** Calls `tick` on every property read of an object graph, and on every look-up or item of its Maps. */
function counting<T>(root: T, tick: () => void): T {
  // One wrapper per object, so that identity (and the caches keyed by it) holds as in the original.
  const wrapped = new WeakMap<object, unknown>();
  const wrap = (value: unknown): unknown => {
    if (value === null || typeof value !== "object") return value;
    if (wrapped.has(value)) return wrapped.get(value);
    const copy = value instanceof Map ? countingMap(value, wrap, tick) : new Proxy(value, {
      get: (target, key, receiver) => {
        tick();
        return wrap(Reflect.get(target, key, receiver));
      },
      ownKeys: (target) => {
        const keys = Reflect.ownKeys(target);
        keys.forEach(tick);
        return keys;
      },
    });
    wrapped.set(value, copy);
    return copy;
  };
  return wrap(root) as T;
}

/** A copy of a Map whose look-ups and items call `tick`, its values wrapped as `counting` does. */
function countingMap(map: Map<unknown, unknown>, wrap: (value: unknown) => unknown, tick: () => void): Map<unknown, unknown> {
  const entries = [...map].map(([key, value]) => [key, wrap(value)] as const);
  const counted = new Map(entries);
  const each = function* <T>(items: Iterable<T>): Generator<T, undefined> {
    for (const item of items) {
      tick();
      yield item;
    }
    return undefined;
  };
  return Object.assign(counted, {
    get: (key: unknown) => (tick(), Map.prototype.get.call(counted, key)),
    has: (key: unknown) => (tick(), Map.prototype.has.call(counted, key)),
    keys: () => each(entries.map(([key]) => key)),
    values: () => each(entries.map(([, value]) => value)),
    entries: () => each(entries),
    [Symbol.iterator]: () => each(entries),
    forEach: (fn: (value: unknown, key: unknown) => void) => entries.forEach(([key, value]) => (tick(), fn(value, key))),
  });
}

/** Reads made by resolveLadder and every ladder rule on a generated ladder. */
function work(shape: Partial<LargeLadderShape> & { scale?: number }): number {
  const { ladder, diagnostics } = parseLadder(largeLadder(shape));
  expect(diagnostics).toEqual([]);
  let reads = 0;
  const tick = (): void => {
    reads++;
  };
  const resolved = resolveLadder(counting<Ladder>(ladder!.source, tick));
  runLadderRules(counting<ResolvedLadder>(resolved, tick));
  return reads;
}

describe("validation grows linearly with the ladder", () => {
  it("parseLadder on 4x the competencies takes at most 6x the time", () => {
    // 10 tracks x 12 levels x 50 competencies (about 100 KB) and x 200 (about 400 KB): under a
    // second or two in all, on a slow, busy machine.
    const texts = [largeLadder({ competencies: 50 }), largeLadder({ competencies: 50, scale: 4 })];
    // The best of three rounds, the rounds only while one fails: noise can slow either size, but
    // code that does the square of the work is 16x, and fails all three.
    const ratios: number[] = [];
    for (let round = 0; round < 3 && !ratios.some((r) => r <= 6); round++) {
      const [one, four] = medians(texts, 7, 2);
      ratios.push(four! / one!);
    }
    expect(Math.min(...ratios), `4x / 1x per round: ${ratios.map((r) => r.toFixed(2)).join(", ")}`).toBeLessThanOrEqual(6);
  });

  // Counted reads: the same on any machine. The base is small, so that a quadratic term shows
  // against the linear ones: few competencies when the levels grow, since levels x competencies is
  // the linear part there. (Not the tracks: the switches between tracks of one band grow with the
  // square of the tracks that share it, by definition.)
  it.each([
    ["competencies", { tracks: 5, levels: 6, competencies: 20 }, "competencies"],
    ["levels per track", { tracks: 5, levels: 6, competencies: 5 }, "levels"],
  ] as const)("resolving and every ladder rule read linearly in the %s", (_, base, axis) => {
    const [one, two, four] = [1, 2, 4].map((k) => work({ ...base, [axis]: base[axis] * k })) as [number, number, number];
    // Doubling twice: linear work adds twice as much the second time as the first (constant work
    // cancels out); quadratic work adds four times as much.
    expect((four - two) / (two - one), `reads at 1x, 2x, 4x: ${one}, ${two}, ${four}`).toBeLessThanOrEqual(2.25);
  });
});
