// @ts-check
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "src/generated/", "tools/prisma6/node_modules/", "data/", "coverage/", "dist/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // Ports and adapters: the core never knows a platform SDK, nor reads the environment.
    files: ["src/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              // Each platform adapter's SDK: a new adapter adds its own here.
              group: ["@slack/*", "discord.js", "discord-api-types", "discord-api-types/*", "@discordjs/*"],
              message: "src/ is platform-free: put platform code in adapters/.",
            },
            {
              // Any adapter but the console, which has no SDK and which main.ts imports statically.
              group: ["**/adapters/*/*", "!**/adapters/console/*"],
              message: "src/ must not depend on a platform adapter (main.ts imports them dynamically).",
            },
          ],
        },
      ],
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: "Read configuration in src/config.ts / src/main.ts and pass it in.",
        },
      ],
    },
  },
  {
    files: [
      "src/main.ts",
      "src/config.ts",
      "scripts/**/*.ts",
      "test/**/*.ts",
      "bench/**/*.ts",
      "*.config.ts",
      "prisma/**/*.ts",
    ],
    rules: { "no-restricted-properties": "off" },
  },
  prettier,
);
