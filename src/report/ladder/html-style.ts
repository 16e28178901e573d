import { STYLE } from "../gap/html-style.js";

/**
 * The ladder page's stylesheet: the gap report's, plus the track grid (a colour per kind of track,
 * parallel columns, the trunk and the top spanning them), level cards and the matrix.
 */
export const LADDER_STYLE = `${STYLE}
:root { --ic: #0f766e; --ic-bg: #ccfbf1; --mgmt: #7c3aed; --mgmt-bg: #ede9fe; --tech: #1d4ed8; --tech-bg: #dbeafe; --exec: #b45309; --exec-bg: #fef3c7; }
h4 { font-size: 15px; margin: 0 0 4px; }
table.track-grid { table-layout: fixed; border-collapse: separate; border-spacing: 8px; margin: 0 -8px; width: calc(100% + 16px); }
table.track-grid th, table.track-grid td { border: none; }
table.track-grid th.band { width: 64px; text-align: right; vertical-align: middle; background: none; }
table.track-grid thead th { text-align: center; font-size: 13px; border-radius: 8px; }
table.track-grid td.level { text-align: center; vertical-align: middle; border-radius: 8px; padding: 10px 12px; border-left: 4px solid; font-size: 14px; }
table.track-grid td.level a { color: inherit; font-weight: 700; text-decoration: none; }
table.track-grid td.level a:hover { text-decoration: underline; }
table.track-grid td.level .sub { display: block; font-size: 12px; }
table.track-grid td.none { background: repeating-linear-gradient(135deg, transparent 0 6px, var(--soft) 6px 12px); border-radius: 8px; }
.kind-individual-contributor { color: var(--ic); background: var(--ic-bg); border-color: var(--ic); }
.kind-management { color: var(--mgmt); background: var(--mgmt-bg); border-color: var(--mgmt); }
.kind-technical-leadership { color: var(--tech); background: var(--tech-bg); border-color: var(--tech); }
.kind-executive { color: var(--exec); background: var(--exec-bg); border-color: var(--exec); }
.links { margin-top: 8px; }
section.part { margin-top: 36px; padding-top: 24px; border-top: 1px solid var(--line); }
section.part > h2 { margin-bottom: 12px; }
.level-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); gap: 12px; margin-bottom: 8px; }
.level-card { border: 1px solid var(--line); border-left: 4px solid var(--line); border-radius: 8px; padding: 12px 14px; background: #fff; }
.level-card.kind-individual-contributor, .level-card.kind-management, .level-card.kind-technical-leadership, .level-card.kind-executive { background: #fff; color: var(--ink); }
.level-card p { margin: 4px 0 0; font-size: 14px; }
table.matrix td { white-space: nowrap; }
table.matrix td.name { white-space: normal; }
table.matrix tr.category th { background: #fff; color: var(--ink); font-size: 13px; padding-top: 14px; }
table.matrix td.t-up { font-weight: 600; color: var(--met); }
table.matrix td.t-down { color: var(--gap); }
table.matrix td.t-new { font-weight: 600; color: var(--accent); }
.competency { margin: 0 0 22px; break-inside: avoid; }
table.steps th { width: 130px; text-transform: none; letter-spacing: 0; font-size: 13px; color: var(--ink); }
ul.own { font-size: 14px; color: #475569; }
@media print {
  section.part { break-before: page; border-top: none; }
  .level-card, table.track-grid { break-inside: avoid; }
}
`;
