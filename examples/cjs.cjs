// @ts-check
// The same as esm.mjs with ladderkit loaded by require(): loads a ladder and a profile, validates
// both and prints the profile's gap report. Run it after `npm run build`:
//
//   node examples/cjs.cjs [ladder.yaml] [profile.yaml]
"use strict";
const { join, relative } = require("node:path");
const { analyzeGap, loadLadder, loadProfile, renderGapReport } = require("ladderkit");

const ladderPath = process.argv[2] ?? join(__dirname, "../ladders/dual-track.yaml");
const profilePath = process.argv[3] ?? join(__dirname, "../ladders/profiles/senior-at-fork.yaml");

/** Prints diagnostics as `file:line:column severity message (rule)`, on stderr. */
function print(/** @type {import("ladderkit").Diagnostic[]} */ diagnostics) {
  for (const d of diagnostics)
    console.error(`${relative(process.cwd(), d.file ?? "")}:${d.line ?? 0}:${d.column ?? 0} ${d.severity} ${d.message} (${d.rule})`);
}

async function main() {
  // Every problem is a diagnostic, never an exception: the result holds the ladder only when it has no error.
  const { ladder, diagnostics } = await loadLadder(ladderPath);
  print(diagnostics);
  if (!ladder) return 1;
  // Checked against the ladder loaded above, not the one the profile names, so it is read once.
  const loaded = await loadProfile(profilePath, { ladder });
  print(loaded.diagnostics);
  if (!loaded.profile) return 1;
  console.log(renderGapReport(analyzeGap(ladder, loaded.profile), "text"));
  return 0;
}

main().then((code) => {
  process.exitCode = code;
});
