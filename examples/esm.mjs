// @ts-check
// Loads a ladder and a profile, validates both and prints the profile's gap report, with ladderkit
// imported as an ES module. Run it after `npm run build`:
//
//   node examples/esm.mjs [ladder.yaml] [profile.yaml]
//
// Without arguments it reads the reference ladder and the profile of a senior engineer at the fork.
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { analyzeGap, loadLadder, loadProfile, renderGapReport } from "ladderkit";

const here = (/** @type {string} */ path) => fileURLToPath(new URL(path, import.meta.url));
const ladderPath = process.argv[2] ?? here("../ladders/dual-track.yaml");
const profilePath = process.argv[3] ?? here("../ladders/profiles/senior-at-fork.yaml");

/** Prints diagnostics as `file:line:column severity message (rule)`, on stderr. */
function print(/** @type {import("ladderkit").Diagnostic[]} */ diagnostics) {
  for (const d of diagnostics)
    console.error(`${relative(process.cwd(), d.file ?? "")}:${d.line ?? 0}:${d.column ?? 0} ${d.severity} ${d.message} (${d.rule})`);
}

// Every problem is a diagnostic, never an exception: the result holds the ladder only when it has no error.
const { ladder, diagnostics } = await loadLadder(ladderPath);
print(diagnostics);
if (!ladder) {
  process.exitCode = 1;
} else {
  // Checked against the ladder loaded above, not the one the profile names, so it is read once.
  const loaded = await loadProfile(profilePath, { ladder });
  print(loaded.diagnostics);
  if (!loaded.profile) process.exitCode = 1;
  else console.log(renderGapReport(analyzeGap(ladder, loaded.profile), "text"));
}
