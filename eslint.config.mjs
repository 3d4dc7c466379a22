// One linter for the whole tree: rules that catch bugs, not style (Prettier owns the format).
// Syntax-only rules keep `npm run lint` fast on a two-core machine; the type-aware promise rules
// run on the backend and console, where an unawaited promise loses an error or a compensation.
import js from "@eslint/js"
import reactHooks from "eslint-plugin-react-hooks"
import tseslint from "typescript-eslint"

const bugRules = {
  ...js.configs.recommended.rules,
  // TypeScript reports these itself, with types.
  "no-undef": "off",
  "no-redeclare": "off",
  "no-unused-vars": "off",
  "no-dupe-class-members": "off",
  eqeqeq: ["error", "smart"],
  "no-self-compare": "error",
  "no-template-curly-in-string": "error",
  "no-unmodified-loop-condition": "error",
  "no-unreachable-loop": "error",
  "no-constructor-return": "error",
  "array-callback-return": ["error", { allowImplicit: true }],
  // `new Promise((r) => setTimeout(r, ms))` returns a timer id nobody reads: harmless, and everywhere.
  "no-promise-executor-return": "off",
  // Inputs are checked for control characters on purpose (paths, redirect targets).
  "no-control-regex": "off",
  // Errors turned into a translated message for the user need no chain.
  "preserve-caught-error": "off",
  // House style: the logger, not console.log.
  "no-console": ["error", { allow: ["info", "warn", "error"] }],
  "@typescript-eslint/no-misused-new": "error",
  "@typescript-eslint/no-duplicate-enum-values": "error",
  "@typescript-eslint/no-extra-non-null-assertion": "error",
  "@typescript-eslint/no-non-null-asserted-optional-chain": "error",
  "@typescript-eslint/no-unsafe-declaration-merging": "error",
  "@typescript-eslint/prefer-as-const": "error",
}

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "**/build/**",
      "**/.medusa/**",
      "**/.turbo/**",
      "**/.cache/**",
      ".ocop/**",
      "**/coverage/**",
      "**/playwright-report/**",
      "**/test-results/**",
      "apps/admin/dist-e2e/**",
      "apps/backend/static/**",
      "apps/backend/uploads/**",
      "apps/backend/private-uploads/**",
    ],
  },
  {
    files: ["**/*.{js,mjs,cjs,ts,tsx,mts,cts}"],
    languageOptions: { parser: tseslint.parser, ecmaVersion: "latest", sourceType: "module" },
    plugins: { "@typescript-eslint": tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: bugRules,
  },
  {
    // Type-aware, so slower (about 40 s on two cores): only where an unawaited promise hides a failure.
    files: ["apps/backend/src/**/*.ts", "apps/admin/src/**/*.{ts,tsx}"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: false }],
    },
  },
  {
    files: ["apps/admin/src/**/*.{ts,tsx}", "apps/storefront/app/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "error" },
  },
)
