import { lstat as lstatCallback, readdir as readdirCallback, readFile as readFileCallback, realpath as realpathCallback, rename as renameCallback, stat as statCallback, unlink as unlinkCallback, writeFile as writeFileCallback } from "node:fs";
import { promisify } from "node:util";

// The file system calls ladderkit makes, as promises over node:fs's callback functions. They are
// what node:fs/promises offers, but loading node:fs/promises costs about 2 ms of every CLI start
// (it brings readline and the file watchers along), on a `validate` whose whole run is ~150 ms.

/** `fs.promises.lstat`. */
export const lstat = promisify(lstatCallback);
/** `fs.promises.readFile`. */
export const readFile = promisify(readFileCallback);
/** `fs.promises.readdir`. */
export const readdir = promisify(readdirCallback);
/** `fs.promises.realpath`: the operating system's realpath(3), as node:fs/promises uses. */
export const realpath = promisify(realpathCallback.native);
/** `fs.promises.rename`. */
export const rename = promisify(renameCallback);
/** `fs.promises.stat`. */
export const stat = promisify(statCallback);
/** `fs.promises.unlink`. */
export const unlink = promisify(unlinkCallback);
/** `fs.promises.writeFile`. */
export const writeFile = promisify(writeFileCallback);
