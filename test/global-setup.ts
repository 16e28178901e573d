import { execFileSync } from "node:child_process";

/** Builds dist/ once before the tests that run the package as users get it (ESM, CJS, the bundled CLI). */
export default function setup(): void {
  execFileSync(process.execPath, ["node_modules/tsup/dist/cli-default.js", "--silent"], { stdio: "inherit" });
}
