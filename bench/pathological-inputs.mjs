// The worst inputs we can build within the default limits, for bench/pathological.mjs: each a
// function of a scale (1 = the largest the limits let through) that returns YAML text. The sizes
// come from the built package's DEFAULT_LIMITS, so a changed default moves the boundary tested.
import { DEFAULT_LIMITS } from "../dist/index.js";

const { maxBytes, maxNodes, maxStringLength, maxDepth, maxAliases } = DEFAULT_LIMITS;
const header = "apiVersion: ladderkit/v1\nkind: Ladder\n";
/** The most YAML nodes, less a margin for the header. */
const NODES = maxNodes - 10;
/** The longest string. */
const LONGEST = maxStringLength;
/** Strings of the longest length that fit in maxBytes, one left for the header and separators. */
const LONGEST_COUNT = Math.floor(maxBytes / LONGEST) - 1;
/** Lists nested as deep as maxDepth allows below the root mapping. */
const DEEPEST = maxDepth - 1;
/** The length of one `  k<i>: value` line of the aliased mapping (as counted for sizing). */
const ALIAS_LINE = 14;
const lines = (count, line) => Array.from({ length: count }, (_, i) => line(i)).join("\n");
const MiB = (bytes) => `${bytes / (1024 * 1024)} MiB`;
const count = (n) => n.toLocaleString("en-US");

/** name -> { build(scale) => text, about }. */
export const PATHOLOGICAL_INPUTS = {
  "one long scalar": {
    about: `a ${MiB(maxBytes)} file of one string: parsed, then refused by maxStringLength`,
    build: (scale) => `${header}description: "${"x".repeat(Math.round(maxBytes * scale) - 100)}"\n`,
  },
  "longest strings, one line": {
    about: `one flow list of ${LONGEST / 1024} Ki-character strings on one ${MiB(maxBytes)} line`,
    build: (scale) => `${header}x: [${Array.from({ length: Math.floor(LONGEST_COUNT * scale) }, () => "x".repeat(LONGEST - 2)).join(", ")}]\n`,
  },
  "longest strings, many lines": {
    about: `${MiB(maxBytes)} of ${LONGEST / 1024} Ki-character values, one per key`,
    build: (scale) => `${header}x:\n${lines(Math.floor(LONGEST_COUNT * scale), (i) => `  k${i}: ${"x".repeat(LONGEST - 10)}`)}\n`,
  },
  "tiny nodes, one line": {
    about: `a flow list of ${count(maxNodes)} one-character items: the most nodes per byte`,
    build: (scale) => `${header}x: [${"1,".repeat(Math.floor(NODES * scale) - 2)}1]\n`,
  },
  "maximal nesting": {
    about: `lists nested ${DEEPEST} deep (${maxDepth} with the root), repeated up to maxNodes`,
    build: (scale) => `${header}x:\n${lines(Math.floor((NODES / DEEPEST) * scale), () => `  - ${"[".repeat(DEEPEST - 1)}1${"]".repeat(DEEPEST - 1)}`)}\n`,
  },
  "maximal aliases": {
    about: `${maxAliases} aliases of one anchor as large as maxBytes allows written out`,
    build: (scale) =>
      `${header}a: &a\n${lines(Math.floor((maxBytes / (maxAliases + 1) / ALIAS_LINE) * scale), (i) => `  k${i}: value`)}\nb: [${Array.from({ length: maxAliases }, () => "*a").join(", ")}]\n`,
  },
  "many tiny keys, nested": {
    about: `${count(maxNodes)} keys in a mapping the schema does not know: one finding`,
    build: (scale) => `${header}x:\n${lines(Math.floor(NODES * scale), (i) => `  k${i}: 1`)}\n`,
  },
  "a flat mapping of many keys": {
    about: `${count(maxNodes)} unknown keys at the root: a finding for each`,
    build: (scale) => `${header}${lines(Math.floor(NODES * scale), (i) => `k${i}: 1`)}\n`,
  },
  [`${MiB(maxBytes)} of tiny nodes`]: {
    about: "past maxNodes: refused before the YAML parser runs",
    build: (scale) => `${header}x: [${"1,".repeat(Math.floor((maxBytes / 2) * scale) - 1000)}1]\n`,
  },
};
