import type { LevelExplanation } from "../../gap/explain.js";
import { oneLine } from "../gap/text-table.js";
import { bandText, levelText, relation, sections, stepChange } from "./words.js";

/**
 * An explanation for the terminal: plain text, control characters shown as escapes, and line breaks
 * (a YAML block scalar ends in one) as spaces.
 */
export function explainText(e: LevelExplanation): string {
  const v = oneLine;
  const out = [`What is new at ${levelText(e.level, v)}`, relation(e, v), bandText(e)];
  if (e.from && e.from.scope !== e.level.scope) out.push(`Scope: ${v(e.from.scope ?? "(none)")} -> ${v(e.level.scope ?? "(none)")}`);
  else if (!e.from && e.level.scope) out.push(`Scope: ${v(e.level.scope)}`);
  out.push(`Summary: ${v(e.level.summary)}`);
  for (const section of sections(e)) {
    out.push("", `${section.heading} (${section.changes.length}):`);
    const width = Math.max(...section.changes.map((c) => v(c.name).length));
    for (const c of section.changes) {
      out.push(`  ${v(c.name).padEnd(width)}  ${v(stepChange(c))}`);
      if (c.looksLike && c.to) out.push(`  ${" ".repeat(width)}  ${v(c.looksLike)}`);
    }
  }
  if (e.from) out.push("", `Unchanged: ${e.unchanged} competenc${e.unchanged === 1 ? "y" : "ies"}.`);
  if (e.alsoFrom.length > 0) out.push(`Also reached straight from: ${e.alsoFrom.map((l) => `${v(l.title)} (--from ${l.id})`).join(", ")}.`);
  return `${out.join("\n")}\n`;
}
