// Next's rules, TypeScript's and React's hooks rules, composed from their plugins directly:
// eslint-config-next pulls a resolver whose platform binaries the offline registry lacks,
// which leaves a lockfile that `npm ci` refuses.
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const noAppImports = { group: ["@/app/*", "**/app/*"], message: "Nothing imports from app/." };
const noDbImports = {
  group: ["@/lib/db", "@/lib/db/*", "**/lib/db", "**/lib/db/*"],
  message: "Only lib/ talks to the database: call a queries.ts or mutations.ts.",
};

const rawSql = 'Raw SQL belongs in a *-sql.ts file or lib/db/ (docs/architecture.md, "Porting to another database").';

export default tseslint.config(
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      "lib/db/generated/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "tests/.tmp/**",
      "tmp/**",
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mjs,js}"],
    plugins: { "@next/next": nextPlugin, "react-hooks": reactHooks },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // Type-aware rules (floating promises, unsafe any, needless assertions…): the type checker
  // runs once for the whole project (~45 s here, as long as `tsc --noEmit`).
  ...tseslint.configs.recommendedTypeCheckedOnly.map((config) => ({ ...config, files: ["**/*.{ts,tsx}"] })),
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    // Tests read JSON answers as they come and hand async callbacks to APIs whatever their body;
    // the type-aware rules that matter there (floating and misused promises) stay on.
    files: ["tests/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/require-await": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
    },
  },
  {
    // The one-way rule of the architecture: app → components → lib; the database only from lib/.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [noAppImports, noDbImports] }] },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            noAppImports,
            { group: ["@/components/*", "**/components/*"], message: "lib/ does not import components/." },
          ],
        },
      ],
    },
  },
  {
    // The SQL dialect's seam: raw SQL is written and run only in *-sql.ts files and lib/db/, so
    // a port to another database touches those alone. Tests may query the database directly.
    files: ["**/*.{ts,tsx,mjs,js}"],
    ignores: ["**/*-sql.ts", "lib/db/**", "tests/**"],
    rules: {
      "no-restricted-properties": [
        "error",
        ...["$queryRaw", "$executeRaw", "$queryRawUnsafe", "$executeRawUnsafe", "$queryRawTyped"].map((property) => ({
          property,
          message: rawSql,
        })),
        ...["sql", "raw", "join", "empty"].map((property) => ({ object: "Prisma", property, message: rawSql })),
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportSpecifier[imported.name='Prisma'][local.name!='Prisma']",
          message: "Import Prisma under its own name: the raw-SQL rule looks for Prisma.sql.",
        },
      ],
    },
  },
);
