import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    target: "node20",
    sourcemap: false,
  },
  {
    // The CLI is one bundled file: fewer modules to resolve makes start-up faster.
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
    noExternal: [/.*/],
    platform: "node",
  },
]);
