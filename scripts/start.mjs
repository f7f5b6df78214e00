// `npm start`: runs the compiled bot (dist/), building it first when it is missing or older than
// the sources, so a fresh clone still needs only `npm install && npm start`. Production images
// build once and run `node dist/src/main.js` directly (see the Dockerfile).
import process from "node:process";
import { build, buildIsCurrent } from "./build.mjs";

if (!buildIsCurrent()) {
  try {
    await build({ log: (msg) => process.stderr.write(`${msg}\n`) });
  } catch (error) {
    if (error?.code === "ERR_MODULE_NOT_FOUND") {
      process.stderr.write("Gather cannot start: dist/ is missing or stale and the build tools are not installed.\n");
      process.stderr.write("Run `npm install` (with dev dependencies) and `npm run build`, or start a built image.\n");
      process.exit(1);
    }
    throw error;
  }
}
await import("../dist/src/main.js");
