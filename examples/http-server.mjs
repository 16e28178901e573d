// @ts-check
// How an HR tool would embed ladderkit: a small HTTP service that loads the ladder once and answers
// each profile with its gap report. Run it after `npm run build`:
//
//   PORT=8080 node examples/http-server.mjs            # LADDER=path/to/ladder.yaml to use another ladder
//   curl -X POST 'http://127.0.0.1:8080/gap?format=markdown' -H 'content-type: application/json' \
//        -d '{"profile": {"apiVersion": "ladderkit/v1", "kind": "Profile", ...}}'
//
// POST /gap takes `{ "profile": <a profile as JSON> }` and answers 200 with the gap report: JSON by
// default, or rendered with `?format=markdown|html|text`. An invalid profile gets 400 with its
// diagnostics (rule, message and JSON path of each); a body that is not JSON gets 400, a body over
// 1 MiB 413, another method 405 and another path 404. PORT=0 (the default) takes a free port;
// the address is printed on the first line of stdout.
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import { analyzeGap, formatPath, GAP_FORMATS, loadLadder, renderGapReport, validateProfile } from "ladderkit";

/** @typedef {import("ladderkit").GapFormat} GapFormat */

const LADDER = process.env.LADDER ?? fileURLToPath(new URL("../ladders/dual-track.yaml", import.meta.url));
const HOST = process.env.HOST ?? "127.0.0.1";
const PORT = Number(process.env.PORT ?? 0);
const MAX_BODY = 1024 * 1024;
const DRAIN_LIMIT = 16 * MAX_BODY;

/** @type {Record<GapFormat, string>} */
const CONTENT_TYPES = {
  json: "application/json; charset=utf-8",
  markdown: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
  text: "text/plain; charset=utf-8",
};

// Loaded once: every request is analysed against the same resolved ladder.
const loaded = await loadLadder(LADDER);
if (!loaded.ladder) {
  for (const d of loaded.diagnostics) console.error(`${d.file}:${d.line}:${d.column} ${d.severity} ${d.message} (${d.rule})`);
  process.exit(1);
}
const ladder = loaded.ladder;

/**
 * A status, headers and a body: what every handler returns, so that one place writes responses.
 * @typedef {{ status: number, body: string, headers: Record<string, string> }} Reply
 */

/** @param {number} status @param {unknown} value @param {Record<string, string>} [headers] @returns {Reply} */
const json = (status, value, headers = {}) => ({
  status,
  body: `${JSON.stringify(value, null, 2)}\n`,
  headers: { "content-type": CONTENT_TYPES.json, ...headers },
});

/**
 * Reads the body as text, or gives the 413 answer when it is over `MAX_BODY`. The rest of an
 * oversized body is read and dropped before answering: most clients send the whole body before
 * they read, and one cut off while it sends never sees the answer. A body declared or sent past
 * `DRAIN_LIMIT` is not worth that: it is answered at once, or the connection is cut.
 * @param {import("node:http").IncomingMessage} request
 * @returns {Promise<{ text: string } | { reply: Reply }>}
 */
function readBody(request) {
  const tooLarge = (/** @type {Record<string, string>} */ headers = {}) => ({
    reply: json(413, { error: `the body is over ${MAX_BODY} bytes` }, headers),
  });
  if (Number(request.headers["content-length"] ?? 0) > DRAIN_LIMIT) return Promise.resolve(tooLarge({ connection: "close" }));
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    request.on("data", (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
      else if (size > DRAIN_LIMIT) {
        request.destroy();
        resolve(tooLarge());
      }
    });
    request.on("end", () => resolve(size > MAX_BODY ? tooLarge() : { text: Buffer.concat(chunks).toString("utf8") }));
    request.on("error", reject);
  });
}

/**
 * POST /gap: the profile in the body, the report in the answer.
 * @param {string} body
 * @param {URLSearchParams} query
 * @returns {Reply}
 */
function gap(body, query) {
  const format = /** @type {GapFormat} */ (query.get("format") ?? "json");
  if (!GAP_FORMATS.includes(format))
    return json(400, { error: `unknown format '${format}' (expected ${GAP_FORMATS.join(", ")})` });
  let input;
  try {
    input = JSON.parse(body);
  } catch (error) {
    return json(400, { error: `the body is not JSON: ${error instanceof Error ? error.message : String(error)}` });
  }
  if (typeof input !== "object" || input === null || !("profile" in input))
    return json(400, { error: 'expected a JSON object { "profile": { ... } }' });

  // The same checks as for a YAML file, against the ladder: each diagnostic names its JSON path.
  const { profile, diagnostics } = validateProfile(input.profile, { ladder });
  if (!profile) {
    const located = diagnostics.map((d) => ({ ...d, path: ["profile", ...d.path], at: formatPath(["profile", ...d.path]) }));
    return json(400, { error: "the profile is not valid for this ladder", diagnostics: located });
  }
  const report = analyzeGap(ladder, profile);
  return { status: 200, body: renderGapReport(report, format), headers: { "content-type": CONTENT_TYPES[format] } };
}

/** @param {import("node:http").IncomingMessage} request @returns {Promise<Reply>} */
async function route(request) {
  const url = new URL(request.url ?? "/", "http://localhost");
  if (url.pathname !== "/gap") return json(404, { error: `no route ${url.pathname}; POST /gap` });
  if (request.method !== "POST") return json(405, { error: "use POST" }, { allow: "POST" });
  const body = await readBody(request);
  return "reply" in body ? body.reply : gap(body.text, url.searchParams);
}

const server = createServer((request, response) => {
  route(request)
    .catch((error) => {
      // A bug or a broken connection: answer 500 and keep serving the other requests.
      console.error(error);
      return json(500, { error: "internal error" });
    })
    .then((reply) => {
      if (response.headersSent || response.destroyed) return;
      response.writeHead(reply.status, { "content-length": Buffer.byteLength(reply.body), ...reply.headers });
      response.end(reply.body);
    });
});

server.listen(PORT, HOST, () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : PORT;
  console.log(`ladderkit gap service for '${ladder.name}' on http://${HOST}:${port}/gap`);
});

for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) process.on(signal, () => server.close(() => process.exit(0)));
