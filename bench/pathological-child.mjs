// One pathological case in a process of its own, so its peak memory is its own:
// `node bench/pathological-child.mjs <case> <scale>` prints { ms, bytes, maxRssMb, diagnostics, rules }.
import { parseLadder } from "../dist/index.js";
import { PATHOLOGICAL_INPUTS } from "./pathological-inputs.mjs";

const [name, scale] = process.argv.slice(2);
const text = PATHOLOGICAL_INPUTS[name].build(Number(scale));
const start = performance.now();
const { diagnostics } = parseLadder(text);
const ms = performance.now() - start;
const rules = [...new Set(diagnostics.map((d) => d.rule))].join(", ");
console.log(JSON.stringify({ ms, bytes: Buffer.byteLength(text), maxRssMb: process.resourceUsage().maxRSS / 1024, diagnostics: diagnostics.length, rules }));
