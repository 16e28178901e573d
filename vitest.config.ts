import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
    // Builds dist/ once: some tests run the package as users get it (ESM, CJS, the bundled CLI).
    globalSetup: ["test/global-setup.ts"],
  },
});
