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
    // The CLI: one entry file with what `validate` needs; commands and rarely used formats (HTML,
    // SARIF, JUnit, Markdown) are dynamic import()s, split into dist/_cli/ and loaded on use.
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    target: "node20",
    splitting: true,
    esbuildOptions(options) {
      options.chunkNames = "_cli/[name]-[hash]";
      // yaml's ESM build (the same code as its Node build, less a debug hook and Node's warning API,
      // neither reachable here): no CommonJS wrappers to run at start-up, and esbuild drops what is
      // unused. Resolved from the working directory, the package root.
      options.alias = { yaml: "./node_modules/yaml/browser/dist/index.js" };
    },
    // Bundled dependencies call require() (fdir, under tinyglobby, and picomatch): give them one.
    banner: {
      js: '#!/usr/bin/env node\nimport { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);',
    },
    noExternal: [/.*/],
    platform: "node",
    define,
  },
]);
