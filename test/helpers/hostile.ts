import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { analyzeGap, analyzeTeam, validateLadder, validateProfile, type GapReport, type TeamReport } from "../../src/index.js";

/**
 * Text that tries to break out of every output format: markup that would run script or load
 * something (each sets `window.__xss` or asks evil.invalid), Markdown that would open a link or a
 * table cell, terminal escapes, bidirectional overrides, workflow commands, characters XML forbids.
 */
export const PAYLOADS: readonly string[] = [
  `<script>window.__xss="script"</script>`,
  `<img src=x onerror="window.__xss='img'">`,
  `<svg onload="window.__xss='svg'"><circle r="1"/></svg>`,
  `<a href="javascript:window.__xss='href'">click</a>`,
  `</style><script>window.__xss='style'</script><style>`,
  `</title><script>window.__xss='title'</script>`,
  `"><iframe src="http://evil.invalid/frame"></iframe>`,
  `' onmouseover='window.__xss=1' x='`,
  `<style>body{background:url(http://evil.invalid/css)}</style>`,
  `\\3c script\\3e window.__xss='css'\\3c /script\\3e`,
  `<link rel=stylesheet href=http://evil.invalid/x.css><meta http-equiv="refresh" content="0;url=http://evil.invalid/">`,
  `<base href="http://evil.invalid/"><form action=http://evil.invalid><button>go</button></form>`,
  `<!-- comment --><![CDATA[ x ]]>`,
  `[x](javascript:alert(1)) ![i](http://evil.invalid/i.png) www.evil.invalid a@evil.invalid http://evil.invalid <http://evil.invalid>`,
  `| cell | break |\n# heading\n- list\n\n> quote`,
  "`code` ```fence``` ~~strike~~ **bold** _em_ &lt;script&gt; &amp; &#60;x&#62;",
  "\u001b[2J\u001b]8;;http://evil.invalid\u0007link\u001b]8;;\u0007 \u009b31m C1 \u0007 bell \u0085 next-line",
  "\u202eevil\u202c \u2066isolate\u2069 \u202aembed\u202c \u2067rtl\u2069",
  "::error file=x::injected\r\n::warning::two %0A 50% a:b,c\r",
  "\ud800 lone surrogate \ufffe \u0000 nul",
];

/** Keys whose string values are free text (ids, references, dates and kinds are left alone). */
const TEXT_KEYS = new Set(["name", "version", "description", "label", "title", "summary", "scope", "note"]);

/** Replaces every free-text string of a value, in order, with `text(i)`; a step descriptor is free text too. */
function replaceText(value: unknown, text: (i: number) => string): unknown {
  let i = 0;
  const walk = (node: unknown, key: string | undefined, parent: string | undefined): unknown => {
    if (typeof node === "string") return key !== undefined && (TEXT_KEYS.has(key) || parent === "steps") ? text(i++) : node;
    if (Array.isArray(node)) return node.map((item) => walk(item, undefined, key));
    if (node !== null && typeof node === "object")
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, k, key)]));
    return node;
  };
  return walk(value, undefined, undefined);
}

const read = (path: string) => parse(readFileSync(fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url)), "utf8")) as Record<string, unknown>;

/** The minimal ladder and a profile of it, every free text replaced: by the payloads in turn, or (benign) by plain words. */
export function hostileInputs(benign = false) {
  // Every string carries every payload, so whichever strings a format shows, it shows them all.
  const text = (i: number) => (benign ? `text ${i}` : `#${i} ${PAYLOADS.join(" ")}`);
  const ladder = replaceText(read("valid/minimal.yaml"), text);
  const profile = replaceText(
    {
      apiVersion: "ladderkit/v1",
      kind: "Profile",
      person: { name: "Eve", id: "e-1" },
      ladder: "./ladder.yaml",
      level: "senior",
      date: "2026-01-15",
      ratings: { coding: { agreed: "basic", self: "strong", manager: "basic" } },
      goals: [{ title: "t", competency: "coding", due: "2026-06-30", note: "n" }],
    },
    (i) => text(1000 + i),
  );
  return { ladder, profile };
}

/**
 * A gap report stored as JSON and edited by hand: its dates and due dates, which validation keeps
 * plain in a report computed here, replaced by `text(i)`. They are strings like any other, and
 * renderers take reports from anywhere (`renderGapReport` of a stored report), so they escape them too.
 */
export function editedReport(report: GapReport, text: (i: number) => string): GapReport {
  let i = 0;
  // Plain JSON from here, as a stored report is: every field can be written.
  const edited = JSON.parse(JSON.stringify(report));
  edited.date = text(i++);
  for (const goal of edited.personalGoals) goal.due = text(i++);
  for (const target of edited.targets) {
    for (const goal of target.goals) {
      goal.due = text(i++);
      for (const milestone of goal.milestones) milestone.due = text(i++);
    }
  }
  return edited as GapReport;
}

/** Gap and team reports of the hostile (or benign) inputs: every target, a calibration prompt, a personal goal. */
export function hostileReports(benign = false): { gap: GapReport; toTop: GapReport; team: TeamReport } {
  const { ladder: ladderValue, profile: profileValue } = hostileInputs(benign);
  const { ladder, diagnostics } = validateLadder(ladderValue);
  if (!ladder) throw new Error(`the hostile ladder does not load: ${JSON.stringify(diagnostics)}`);
  const { profile } = validateProfile(profileValue, { ladder });
  if (!profile) throw new Error("the hostile profile does not load");
  return { gap: analyzeGap(ladder, profile), toTop: analyzeGap(ladder, profile, { target: "cto" }), team: analyzeTeam(ladder, [profile, { ...profile, level: "engineer" }]) };
}
