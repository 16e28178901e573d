import { fileURLToPath } from "node:url";
import { loadProfile } from "../../src/api/load.js";
import { analyzeGap } from "../../src/gap/analyze-gap.js";
import type { GapReport } from "../../src/gap/types.js";
import type { Diagnostic } from "../../src/diagnostic.js";
import type { Profile } from "../../src/model/profile.js";
import type { ResolvedLadder } from "../../src/model/resolved.js";

/** The three sample profiles shipped in ladders/profiles/. */
export const SAMPLE_PROFILES = ["senior-at-fork", "manager-to-technical", "architect-to-principal"] as const;

/** A profile loaded with its ladder and its gap report. */
export interface LoadedSample {
  readonly profile: Profile;
  readonly ladder: ResolvedLadder;
  readonly diagnostics: readonly Diagnostic[];
  /** A fresh analysis on each call, so determinism tests do not compare an object with itself. */
  readonly report: () => GapReport;
}

async function load(path: string): Promise<LoadedSample> {
  const { profile, ladder, diagnostics } = await loadProfile(path);
  if (!profile || !ladder) throw new Error(`${path} does not load: ${JSON.stringify(diagnostics, null, 2)}`);
  return { profile, ladder, diagnostics, report: () => analyzeGap(ladder, profile) };
}

/** A sample profile by name, e.g. `senior-at-fork`. */
export function loadSample(name: string): Promise<LoadedSample> {
  return load(fileURLToPath(new URL(`../../ladders/profiles/${name}.yaml`, import.meta.url)));
}

/** The hostile profile and ladder of test/fixtures/hostile/: names that try to escape every format. */
export function loadHostile(): Promise<LoadedSample> {
  return load(fileURLToPath(new URL("../fixtures/hostile/profile.yaml", import.meta.url)));
}

/** The competency name of the hostile ladder: markup that would set `window.__xss` if it ran. */
export const HOSTILE_COMPETENCY = '<img src=x onerror="window.__xss=1">';
