import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
const define = { __VERSION__: JSON.stringify(version) };

export default defineConfig([
  {
    // ESM is left unbundled, one file per source module (dist/index.js, dist/gap/analyze-gap.js, ...),
    // so that with package.json's `"sideEffects": false` a consumer's bundler drops every module it
    // does not use: `import { analyzeGap }` pulls in neither yaml, zod nor any renderer
    // (test/tree-shaking.test.ts). (Code splitting over the public modules loads fewer files, but
    // leaves bare `import "./chunk.js"` lines that esbuild warns about in every consumer's build.)
    entry: ["src/**/*.ts", "!src/cli/**"],
    bundle: false,
    format: ["esm"],
    clean: true,
    target: "node20",
    sourcemap: false,
    define,
  },
  {
    // CommonJS stays one bundled file: require() has no tree-shaking to gain from separate files.
    entry: { index: "src/index.ts" },
    format: ["cjs"],
    target: "node20",
    sourcemap: false,
    define,
  },
  {
    // The declarations where package.json's exports point: dist/index.d.ts and dist/index.d.cts.
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: { only: true },
  },
  {
    // The CLI, in CommonJS so that Node starts it without its ES module loader: dist/cli.cjs, a small
    // launcher (src/cli/bin.ts), loads dist/_cli/run.cjs and the chunks it needs with V8's code
    // cache (src/cli/chunk-loader.ts, scripts/code-cache.mjs). Commands and rarely used formats
    // (HTML, SARIF, JUnit, Markdown) are dynamic import()s, split into chunks of their own and loaded
    // on use (tsup splits CommonJS by building ES modules and rewriting their imports to require()).
    entry: { cli: "src/cli/bin.ts", "_cli/run": "src/cli/run.ts" },
    format: ["cjs"],
    target: "node20",
    splitting: true,
    // import.meta.url (schema.ts, tinyglobby's createRequire) from each file's __filename: tsup's
    // shims would put it in a chunk that dist/cli.cjs itself would have to require.
    banner: { js: 'var __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
    esbuildOptions(options) {
      options.chunkNames = "_cli/[name]-[hash]";
      // yaml's ESM build (the same code as its Node build, less a debug hook and Node's warning API,
      // neither reachable here): no CommonJS wrappers to run at start-up, and esbuild drops what is
      // unused. Resolved from the working directory, the package root.
      options.alias = { yaml: "./node_modules/yaml/browser/dist/index.js" };
      // esbuild writes `a?.b` and `a ?? b` out as plain conditionals. Left to tsup's CommonJS
      // rewriting (sucrase), each would become a call of a helper that builds an array and closures
      // every time: in yaml's parser, about 8 ms of a 55 KB ladder's 210 ms cold validate.
      options.supported = { "optional-chain": false, "nullish-coalescing": false, "logical-assignment": false };
    },
    noExternal: [/.*/],
    platform: "node",
    define: { ...define, "import.meta.url": "__importMetaUrl" },
    // After the chunks are written: run the CLI on the samples and keep the code cache it compiled.
    onSuccess: "node scripts/code-cache.mjs",
  },
]);
