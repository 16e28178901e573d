// Synthetic inputs for the benchmarks: seeded, so every run measures the same work.

/** A small seeded PRNG (mulberry32): numbers in [0, 1). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Profiles for a resolved ladder: a random level; most competencies rated one step around what the
 * level expects, some left out, some marked no-opportunity, some with self and manager ratings;
 * one in five names a target it can reach. Dates spread over 2026.
 */
export function syntheticProfiles(ladder, count, { shortestPath }, seed = 42) {
  const next = random(seed);
  const steps = ladder.scale.map((s) => s.id);
  const top = steps.length - 1;
  const clamp = (rank) => steps[Math.max(0, Math.min(top, rank))];
  const profiles = [];
  for (let p = 0; p < count; p++) {
    const level = ladder.levels[Math.floor(next() * ladder.levels.length)];
    const ratings = {};
    for (const competency of ladder.competencies) {
      const expected = level.expectations.get(competency.id)?.rank ?? Math.floor(next() * steps.length);
      const roll = next();
      const step = clamp(expected + Math.floor(next() * 3) - 1);
      if (roll < 0.08) continue;
      else if (roll < 0.12) ratings[competency.id] = { status: "no-opportunity" };
      else if (roll < 0.22) ratings[competency.id] = { self: clamp(expected + 1), manager: step };
      else ratings[competency.id] = step;
    }
    let target;
    if (next() < 0.2) {
      const candidate = ladder.levels[Math.floor(next() * ladder.levels.length)].id;
      const path = shortestPath(ladder, level.id, candidate);
      if (path && path.length > 0) target = candidate;
    }
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    profiles.push({
      apiVersion: "ladderkit/v1",
      kind: "Profile",
      person: { name: `Person ${p + 1}`, id: `emp-${p + 1}` },
      ladder: "../dual-track.yaml",
      level: level.id,
      date: `2026-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
      ...(target === undefined ? {} : { target }),
      ratings,
    });
  }
  return profiles;
}

/**
 * A team straight into the columns `analyzeTeam` reads, as an HR table export would fill them:
 * no Profile objects at all. Ratings as in `syntheticProfiles`, one person in ten with a target.
 */
export function syntheticEncodedTeam(ladder, size, { UNASSESSED, NOT_APPLICABLE }, seed = 7) {
  const next = random(seed);
  const count = ladder.competencies.length;
  const top = ladder.scale.length - 1;
  const levels = new Int32Array(size);
  const targets = new Int32Array(size).fill(-1);
  const ratings = new Int8Array(size * count);
  const names = new Array(size);
  const levelCount = ladder.levels.length;
  for (let p = 0; p < size; p++) {
    const level = Math.floor(next() * levelCount);
    levels[p] = level;
    names[p] = `Person ${p + 1}`;
    // A level later in the ladder's list: not always reachable, which analyzeTeam does not need.
    if (next() < 0.1) targets[p] = Math.min(levelCount - 1, level + 1);
    const expectations = ladder.levels[level].expectations;
    for (let c = 0; c < count; c++) {
      const expected = expectations.get(ladder.competencies[c].id)?.rank ?? Math.floor(next() * (top + 1));
      const roll = next();
      ratings[p * count + c] =
        roll < 0.08 ? UNASSESSED : roll < 0.12 ? NOT_APPLICABLE : Math.max(0, Math.min(top, expected + Math.floor(next() * 3) - 1));
    }
  }
  return { size, names, levels, targets, ratings };
}
