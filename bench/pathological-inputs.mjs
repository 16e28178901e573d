// The worst inputs we can build within the default limits, for bench/pathological.mjs: each a
// function of a scale (1 = the largest the limits let through) that returns YAML text.

const header = "apiVersion: ladderkit/v1\nkind: Ladder\n";
const MiB = 1024 * 1024;
/** The most YAML nodes by default (maxNodes), less a margin for the header. */
const NODES = 100_000 - 10;
/** The longest string by default (maxStringLength). */
const LONGEST = 65_536;
const lines = (count, line) => Array.from({ length: count }, (_, i) => line(i)).join("\n");

/** name -> { build(scale) => text, about }. */
export const PATHOLOGICAL_INPUTS = {
  "one long scalar": {
    about: "a 10 MiB file of one string: parsed, then refused by maxStringLength",
    build: (scale) => `${header}description: "${"x".repeat(Math.round(10 * MiB * scale) - 100)}"\n`,
  },
  "longest strings, one line": {
    about: "one flow list of 64 Ki-character strings on one 10 MiB line",
    build: (scale) => `${header}x: [${Array.from({ length: Math.floor(159 * scale) }, () => "x".repeat(LONGEST - 2)).join(", ")}]\n`,
  },
  "longest strings, many lines": {
    about: "10 MiB of 64 Ki-character values, one per key",
    build: (scale) => `${header}x:\n${lines(Math.floor(159 * scale), (i) => `  k${i}: ${"x".repeat(LONGEST - 10)}`)}\n`,
  },
  "tiny nodes, one line": {
    about: "a flow list of 100,000 one-character items: the most nodes per byte",
    build: (scale) => `${header}x: [${"1,".repeat(Math.floor(NODES * scale) - 2)}1]\n`,
  },
  "maximal nesting": {
    about: "lists nested 63 deep (64 with the root), repeated up to maxNodes",
    build: (scale) => `${header}x:\n${lines(Math.floor((NODES / 63) * scale), () => `  - ${"[".repeat(62)}1${"]".repeat(62)}`)}\n`,
  },
  "maximal aliases": {
    about: "100 aliases of one anchor as large as maxBytes allows written out",
    build: (scale) => `${header}a: &a\n${lines(Math.floor(((10 * MiB) / 101 / 14) * scale), (i) => `  k${i}: value`)}\nb: [${Array.from({ length: 100 }, () => "*a").join(", ")}]\n`,
  },
  "many tiny keys, nested": {
    about: "100,000 keys in a mapping the schema does not know: one finding",
    build: (scale) => `${header}x:\n${lines(Math.floor(NODES * scale), (i) => `  k${i}: 1`)}\n`,
  },
  "a flat mapping of many keys": {
    about: "100,000 unknown keys at the root: a finding for each",
    build: (scale) => `${header}${lines(Math.floor(NODES * scale), (i) => `k${i}: 1`)}\n`,
  },
  "10 MiB of tiny nodes": {
    about: "past maxNodes: refused before the YAML parser runs",
    build: (scale) => `${header}x: [${"1,".repeat(Math.floor(5 * MiB * scale) - 1000)}1]\n`,
  },
};
