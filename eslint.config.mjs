// Next's rules, TypeScript's and React's hooks rules, composed from their plugins directly:
// eslint-config-next pulls a resolver whose platform binaries the offline registry lacks,
// which leaves a lockfile that `npm ci` refuses.
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const noAppImports = { group: ["@/app/*", "**/app/*"], message: "Nothing imports from app/." };

const rawSql = "Raw SQL belongs in a *-sql.ts file or lib/db/ (docs/architecture.md, \"Porting to another database\").";

export default tseslint.config(
  {
    ignores: ["node_modules/**", ".next/**", "lib/db/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "tests/.tmp/**", "tmp/**"],
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
  {
    // The one-way rule of the architecture: app → components → lib.
    files: ["components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [noAppImports] }] },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        noAppImports,
        { group: ["@/components/*", "**/components/*"], message: "lib/ does not import components/." },
      ] }],
    },
  },
  {
    // The SQL dialect's seam: raw SQL is written and run only in *-sql.ts files and lib/db/, so
    // a port to another database touches those alone. Tests may query the database directly.
    files: ["**/*.{ts,tsx,mjs,js}"],
    ignores: ["**/*-sql.ts", "lib/db/**", "tests/**"],
    rules: {
      "no-restricted-properties": ["error",
        ...["$queryRaw", "$executeRaw", "$queryRawUnsafe", "$executeRawUnsafe", "$queryRawTyped"].map((property) => ({ property, message: rawSql })),
        ...["sql", "raw", "join", "empty"].map((property) => ({ object: "Prisma", property, message: rawSql })),
      ],
      "no-restricted-syntax": ["error", {
        selector: "ImportSpecifier[imported.name='Prisma'][local.name!='Prisma']",
        message: "Import Prisma under its own name: the raw-SQL rule looks for Prisma.sql.",
      }],
    },
  },
);
