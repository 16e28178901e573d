import { loadLadder } from "./src/api/load.js";
for (const f of process.argv.slice(2)) {
const r = await loadLadder(f, { filename: f });
console.log(f, r.ladder ? `ok` : "no ladder");
for (const d of r.diagnostics) console.log(`  ${d.file}:${d.line}:${d.column} ${d.severity} ${d.message} (${d.rule}) ${JSON.stringify(d.path)}`);
}
