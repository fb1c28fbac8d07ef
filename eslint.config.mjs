import next from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTypescript,
  {
    ignores: ["node_modules/**", ".next/**", "lib/db/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    // The one-way rule of the architecture: app → components → lib. Nothing imports from app/.
    files: ["components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/app/*", "**/app/*"], message: "Nothing imports from app/." }] }],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { group: ["@/app/*", "**/app/*"], message: "Nothing imports from app/." },
        { group: ["@/components/*", "**/components/*"], message: "lib/ does not import components/." },
      ] }],
    },
  },
];

export default config;
