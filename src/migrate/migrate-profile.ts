import type { Finding, PathKey } from "../diagnostic.js";
import type { DiffSubject, LadderDiff } from "../diff/types.js";
import type { Profile, Rating } from "../model/profile.js";

/**
 * One edit of a profile document. Paths name the profile as it was; edits run in order, except
 * that keys are renamed last and all at once (so renames a -> b and b -> c move both).
 */
export type ProfileEdit =
  | { readonly action: "set"; readonly path: readonly PathKey[]; readonly value: string }
  | { readonly action: "rename-key"; readonly path: readonly PathKey[]; readonly value: string }
  | { readonly action: "delete"; readonly path: readonly PathKey[] };

/** What migrating a profile gives: the new profile, the edits that make it, and what could not be mapped. */
export interface ProfileMigration {
  readonly profile: Profile;
  readonly edits: readonly ProfileEdit[];
  /** Located by their path in the old profile: a removed level is an error, the rest warnings. */
  readonly findings: readonly Finding[];
}

/** Options of `migrateProfile`. */
export interface MigrateOptions {
  /** The new ladder's file, relative to where the profile will be written. Default: `ladder` is left as it is. */
  readonly ladder?: string | undefined;
}

/** The renames (old id to new id) and removals of one subject in a diff. */
interface IdChanges {
  readonly renamed: Map<string, string>;
  readonly removed: Set<string>;
  /** New id to old id, for the renames: a removed id may be another thing's new id. */
  readonly renamedFrom: Map<string, string>;
}

function idChanges(diff: LadderDiff, subject: DiffSubject): IdChanges {
  const renamed = new Map<string, string>();
  const removed = new Set<string>();
  const renamedFrom = new Map<string, string>();
  for (const c of diff.changes) {
    if (c.subject !== subject) continue;
    if (c.kind === "renamed" && c.oldId !== undefined) {
      renamed.set(c.oldId, c.id);
      renamedFrom.set(c.id, c.oldId);
    }
    if (c.kind === "removed") removed.add(c.id);
  }
  return { renamed, removed, renamedFrom };
}

/** For a removed id that something else was renamed to: which, so the message does not read as a contradiction. */
const nowNames = (changes: IdChanges, id: string) => {
  const from = changes.renamedFrom.get(id);
  return from === undefined ? "" : ` (the new '${id}' is the old '${from}')`;
};

const SOURCES = ["agreed", "manager", "self"] as const;

/**
 * Carries a profile made against one version of a ladder over to the next, given the diff
 * between them: renamed level, target, competency and step ids are mapped to their new names.
 * What cannot be mapped is reported with its path in the profile: a removed current level is an
 * error (the profile keeps it, for a person to decide); a removed target, a rating of a removed
 * competency or with a removed step, and a goal's removed competency are warnings, and are left
 * out (a rating left out shows as unassessed, never as zero).
 *
 * @example
 * const after = (await loadLadder("ladders/dual-track-2027.yaml")).ladder!;
 * const { profile: moved, findings } = migrateProfile(profile, diffLadders(ladder, after), { ladder: "../dual-track-2027.yaml" });
 * for (const f of findings) console.log(f.severity, f.message);
 */
export function migrateProfile(profile: Profile, diff: LadderDiff, options: MigrateOptions = {}): ProfileMigration {
  const { edits, findings } = planMigration(profile, diff, options);
  return { profile: applyEdits(profile, edits), edits, findings };
}

/** The edits that carry `profile` over, and what cannot be mapped: `migrateProfile` without applying them. */
export function planMigration(profile: Profile, diff: LadderDiff, options: MigrateOptions = {}): Pick<ProfileMigration, "edits" | "findings"> {
  const levels = idChanges(diff, "level");
  const competencies = idChanges(diff, "competency");
  const steps = idChanges(diff, "step");
  const edits: ProfileEdit[] = [];
  const findings: Finding[] = [];
  const warn = (rule: string, path: PathKey[], message: string) => findings.push({ rule, severity: "warning", message, path });

  if (options.ladder !== undefined && options.ladder !== profile.ladder) edits.push({ action: "set", path: ["ladder"], value: options.ladder });
  if (levels.renamed.has(profile.level)) edits.push({ action: "set", path: ["level"], value: levels.renamed.get(profile.level)! });
  if (levels.removed.has(profile.level))
    findings.push({ rule: "migrate-level", severity: "error", message: `level '${profile.level}' was removed from the ladder${nowNames(levels, profile.level)}: choose the person's level in the new version by hand`, path: ["level"] });
  if (profile.target !== undefined && levels.renamed.has(profile.target)) edits.push({ action: "set", path: ["target"], value: levels.renamed.get(profile.target)! });
  if (profile.target !== undefined && levels.removed.has(profile.target)) {
    warn("migrate-target", ["target"], `target '${profile.target}' was removed from the ladder${nowNames(levels, profile.target)}; left out, so the report aims at the next level`);
    edits.push({ action: "delete", path: ["target"] });
  }

  const landing = landings(Object.keys(profile.ratings), competencies);
  for (const [id, rating] of Object.entries(profile.ratings)) {
    const path = ["ratings", id];
    if (competencies.removed.has(id)) {
      warn("migrate-competency", path, `competency '${id}' was removed from the ladder${nowNames(competencies, id)}; its rating is left out`);
      edits.push({ action: "delete", path });
      continue;
    }
    edits.push(...stepEdits(rating, path, steps, warn));
    const renamed = competencies.renamed.get(id);
    if (renamed !== undefined && landing.get(renamed)! > 1) {
      const message = `competency '${id}' was renamed to '${renamed}', which the profile rates too: merge the two ratings by hand`;
      findings.push({ rule: "migrate-rename", severity: "error", message, path });
    } else if (renamed !== undefined) edits.push({ action: "rename-key", path, value: renamed });
  }

  (profile.goals ?? []).forEach((goal, i) => {
    if (goal.competency === undefined) return;
    const path = ["goals", i, "competency"];
    const renamed = competencies.renamed.get(goal.competency);
    if (renamed !== undefined) edits.push({ action: "set", path, value: renamed });
    if (competencies.removed.has(goal.competency)) {
      warn("migrate-goal", path, `competency '${goal.competency}' was removed from the ladder${nowNames(competencies, goal.competency)}; the goal is kept without it`);
      edits.push({ action: "delete", path });
    }
  });
  return { edits, findings };
}

/**
 * How many kept ratings end up under each id. Renames are applied all at once, so with a -> b and
 * b -> c each rating moves and none is lost; two ratings under one id cannot be merged by a rule.
 */
function landings(ids: readonly string[], competencies: IdChanges): Map<string, number> {
  const count = new Map<string, number>();
  for (const id of ids) {
    if (competencies.removed.has(id)) continue;
    const to = competencies.renamed.get(id) ?? id;
    count.set(to, (count.get(to) ?? 0) + 1);
  }
  return count;
}

type Warn = (rule: string, path: PathKey[], message: string) => void;

function stepEdits(rating: Rating, path: PathKey[], steps: IdChanges, warn: Warn): ProfileEdit[] {
  const one = (step: string, at: PathKey[], whole: boolean): ProfileEdit[] => {
    if (steps.renamed.has(step)) return [{ action: "set", path: at, value: steps.renamed.get(step)! }];
    if (!steps.removed.has(step)) return [];
    warn("migrate-step", at, `step '${step}' was removed from the scale${nowNames(steps, step)}; ${whole ? "the rating is left out and shows as unassessed" : "this rating is left out"}`);
    return [{ action: "delete", path: at }];
  };
  if (typeof rating === "string") return one(rating, path, true);
  return SOURCES.flatMap((source) => (rating[source] === undefined ? [] : one(rating[source], [...path, source], false)));
}

/** Applies edits to plain data (a copy: the input is left alone). */
function applyEdits(profile: Profile, edits: readonly ProfileEdit[]): Profile {
  const out = structuredClone(profile) as unknown as Record<string, unknown>;
  // Renamed keys of each object, old name to new, applied all at once per object at the end: paths
  // name the old profile, renames a -> b and b -> c must move both ratings, and rebuilding an
  // object for each renamed key made n renamed ratings cost n^2.
  const renames = new Map<Record<PathKey, unknown>, Map<string, PathKey>>();
  for (const edit of edits) {
    const parent = edit.path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<PathKey, unknown>)[key], out) as Record<PathKey, unknown>;
    const key = edit.path[edit.path.length - 1]!;
    if (edit.action === "set") parent[key] = edit.value;
    else if (edit.action === "delete") delete parent[key];
    else {
      const pending = renames.get(parent) ?? new Map<string, PathKey>();
      pending.set(String(key), edit.value);
      renames.set(parent, pending);
    }
  }
  for (const [parent, newName] of renames) {
    // Rebuilt so each renamed key keeps its place among the others.
    const entries = Object.entries(parent).map(([k, v]) => [newName.get(k) ?? k, v] as const);
    for (const k of Object.keys(parent)) delete parent[k];
    Object.assign(parent, Object.fromEntries(entries));
  }
  return out as unknown as Profile;
}
