import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "generated/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "separate-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // The layers of docs/ARCHITECTURE.md: what each folder may import. Tests are exempt.
  ...layer("lib/**", "lib/ is pure domain logic: it imports only lib/ and libraries, never Next.js or the file system", [
    ...modules("server", "components", "app", "scripts", "tests"),
    { group: ["next", "next/*", "server-only", "node:fs", "node:fs/*", "fs", "fs/*"], message: "lib/ does no I/O and knows nothing of Next.js" },
  ]),
  ...layer("components/**", "components/ are UI shared by routes: they import lib/ and components/, never the data layer or a route", modules("server", "app", "scripts", "tests")),
  ...layer("server/**", "server/ is the data layer: it imports lib/ and server/, never UI, routes or scripts", modules("app", "components", "scripts", "tests")),
  ...layer("app/**", "routes import lib/, components/ and server/, never scripts or tests", modules("scripts", "tests")),
];

/** Import restrictions for one folder, as errors; test files are exempt. */
function layer(files, why, patterns) {
  return [
    {
      files: [files],
      ignores: ["**/*.test.ts", "**/*.test.tsx"],
      rules: { "no-restricted-imports": ["error", { patterns: patterns.map((pattern) => ({ message: why, ...pattern })) }] },
    },
  ];
}

/** The repository's top-level folders, by alias and by relative path. */
function modules(...folders) {
  return folders.map((folder) => ({ group: [`@/${folder}`, `@/${folder}/**`, `**/${folder}/**`, `../${folder}`, `../../${folder}`, `../../../${folder}`] }));
}

export default config;
