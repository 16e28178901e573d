import { loadLadder } from "./src/api/load.js";
import { flattenLadder } from "./src/model/flatten.js";
import { stringifyLadder } from "./src/report/ladder-yaml.js";
const r = await loadLadder("ladders/acme.yaml");
process.stdout.write(stringifyLadder(flattenLadder(r.ladder!)));
