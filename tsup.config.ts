import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
const define = { __VERSION__: JSON.stringify(version) };

export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    target: "node20",
    sourcemap: false,
    define,
  },
  {
    // The CLI is one bundled file: fewer modules to resolve makes start-up faster.
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    target: "node20",
    // Bundled CommonJS dependencies (yaml's Node build) call require(): give them one.
    banner: {
      js: '#!/usr/bin/env node\nimport { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);',
    },
    noExternal: [/.*/],
    platform: "node",
    define,
  },
]);
