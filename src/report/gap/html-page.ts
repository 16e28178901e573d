import { escapeHtml } from "./escape.js";
import { STYLE } from "./html-style.js";

/**
 * Scripts, remote loads and frames are refused even if a bug let markup through the escaping;
 * only the inline stylesheet is allowed.
 */
const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** One self-contained page: no scripts, nothing remote, the stylesheet inline. `body` must be HTML already. */
export function htmlPage(title: string, body: string, style: string = STYLE): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="generator" content="ladderkit">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

