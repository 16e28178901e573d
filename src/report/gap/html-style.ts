/**
 * The stylesheet of the HTML reports: system fonts only (nothing remote), light colours that read
 * on screen and on paper, and print rules that keep tables, cards and charts whole.
 */
export const STYLE = `
:root { --ink: #1e293b; --muted: #64748b; --line: #e2e8f0; --soft: #f8fafc; --accent: #1d4ed8;
  --met: #15803d; --met-bg: #dcfce7; --gap: #b91c1c; --gap-bg: #fee2e2; --open: #a16207; --open-bg: #fef3c7;
  --na: #64748b; --na-bg: #f1f5f9; }
* { box-sizing: border-box; }
html { background: #eef2f7; }
body { margin: 0; color: var(--ink); font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1000px; margin: 32px auto; padding: 40px 48px; background: #fff; border-radius: 12px; box-shadow: 0 1px 3px rgb(15 23 42 / 0.08), 0 8px 24px rgb(15 23 42 / 0.06); }
h1, h2, h3 { line-height: 1.25; margin: 0; }
h1 { font-size: 30px; letter-spacing: -0.01em; }
h2 { font-size: 22px; margin: 0 0 6px; }
h3 { font-size: 16px; margin: 28px 0 10px; color: #0f172a; }
p { margin: 0 0 10px; }
.eyebrow { color: var(--accent); font-size: 12px; font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase; margin-bottom: 6px; }
.lede { color: var(--muted); font-size: 16px; margin-top: 6px; }
.masthead { border-bottom: 1px solid var(--line); padding-bottom: 20px; margin-bottom: 24px; }
.facts { display: flex; flex-wrap: wrap; gap: 8px 28px; margin: 16px 0 0; font-size: 14px; }
.facts div { min-width: 0; }
.facts dt { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: 0.05em; }
.facts dd { margin: 0; font-weight: 600; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 16px; margin-bottom: 8px; }
.card { border: 1px solid var(--line); border-radius: 10px; padding: 16px 18px; background: var(--soft); }
.card h2 { font-size: 17px; margin: 0; }
.card .sub { color: var(--muted); font-size: 13px; margin: 2px 0 10px; }
.big { font-size: 34px; font-weight: 700; line-height: 1; margin: 0 10px 0 0; display: inline-block; vertical-align: middle; }
.meter { height: 8px; border-radius: 4px; background: var(--line); overflow: hidden; margin: 12px 0 8px; }
.meter span { display: block; height: 100%; background: var(--accent); }
.small { font-size: 13px; color: var(--muted); margin: 0; }
.badge { display: inline-block; padding: 2px 10px; border-radius: 999px; font-size: 12px; font-weight: 600; vertical-align: middle; white-space: nowrap; }
.badge.ready, .s-met { color: var(--met); background: var(--met-bg); }
.badge.nearly-ready, .badge.developing, .s-unassessed { color: var(--open); background: var(--open-bg); }
.badge.not-yet, .s-gap { color: var(--gap); background: var(--gap-bg); }
.s-not-applicable { color: var(--na); background: var(--na-bg); }
section.target { margin-top: 36px; padding-top: 28px; border-top: 3px solid var(--ink); }
section.closing { margin-top: 36px; padding-top: 24px; border-top: 1px solid var(--line); }
section.closing h2 { font-size: 19px; margin-bottom: 10px; }
.sub { color: var(--muted); font-weight: 400; }
.readiness { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 14px; margin: 12px 0; }
.readiness p { margin: 0; }
figure { margin: 18px 0 6px; }
figure svg { display: block; width: 100%; height: auto; }
figcaption { font-size: 13px; color: var(--muted); margin-top: 4px; }
svg text { font-family: inherit; font-size: 12px; fill: #334155; }
svg .axis { fill: var(--muted); font-size: 11px; }
svg .note { font-size: 11px; font-style: italic; }
table { width: 100%; border-collapse: collapse; font-size: 13.5px; margin: 6px 0 4px; }
th, td { text-align: left; vertical-align: top; padding: 7px 10px; border-bottom: 1px solid var(--line); }
th { font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); background: var(--soft); border-bottom: 2px solid var(--line); }
td.num, th.num { text-align: right; white-space: nowrap; }
td.name { font-weight: 600; min-width: 150px; }
td.look { color: #475569; width: 40%; }
table.competencies td:nth-child(2), table.competencies td:nth-child(5) { white-space: nowrap; }
.card h2 a { color: inherit; text-decoration: none; }
.card h2 a:hover { text-decoration: underline; }
tr.row-unassessed td { background: #fffbeb; }
.pill { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 600; white-space: nowrap; }
.source { color: var(--muted); font-size: 12px; }
ul, ol { margin: 0 0 10px; padding-left: 22px; }
li { margin: 4px 0; }
ol.goals > li { margin-bottom: 14px; }
ol.goals ul { list-style: none; padding-left: 0; margin-top: 6px; border-left: 3px solid var(--line); }
ol.goals ul li { padding-left: 12px; font-size: 14px; }
.date { font-variant-numeric: tabular-nums; font-weight: 600; color: var(--accent); }
ol.goals ul .date { display: inline-block; min-width: 92px; }
.goal-meta { margin-left: 8px; }
.arrow { color: var(--muted); margin: 0 4px; }
.callout { background: #fffbeb; border-left: 4px solid #f59e0b; padding: 10px 14px; font-size: 14px; margin: 10px 0; border-radius: 0 6px 6px 0; }
.empty { color: var(--muted); font-style: italic; }
footer { margin-top: 40px; padding-top: 14px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; }
.tracks { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 16px; }
@media (max-width: 700px) { main { margin: 0; padding: 20px; border-radius: 0; } }
@media print {
  @page { margin: 14mm 12mm; }
  html, body { background: #fff; }
  body { font-size: 10.5pt; }
  main { max-width: none; margin: 0; padding: 0; box-shadow: none; border-radius: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  section.target + section.target { break-before: page; border-top: none; padding-top: 0; }
  .card, figure, tr, ol.goals > li, .callout { break-inside: avoid; }
  thead { display: table-header-group; }
  h2, h3 { break-after: avoid; }
}
`;
