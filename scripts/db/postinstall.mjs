// Entry of the root `postinstall` (plain JavaScript: it must start even where tsx is missing).
//
// npm runs the root package's postinstall even for `npm install --package-lock-only`, when
// node_modules may not exist; there is nothing to generate then. Otherwise load tsx and run
// postinstall.ts, which does the work. A production install (`npm ci --omit=dev`, as in the
// Dockerfile's runtime stage) has neither tsx nor the Prisma CLI, and needs neither: the compiled
// build in dist/ carries the generated clients.
import console from "node:console";
import process from "node:process";

const production = (process.env.npm_config_omit ?? "").includes("dev") || process.env.NODE_ENV === "production";
if (process.env.npm_config_package_lock_only === "true") {
  console.log("gather postinstall: lockfile-only install, nothing to generate");
} else if (production) {
  console.log("gather postinstall: production install, nothing to generate (dist/ carries the clients)");
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("./postinstall.ts");
}
