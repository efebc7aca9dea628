import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // next.config.js is CommonJS, as the project layout asks for (the floor app's too).
    files: ['next.config.js', 'bench/floor/next.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Links are plain <a> on purpose: pages are prerendered and cached, so a full load is fast,
    // and next/link would ship its router code and prefetch every visible story (README).
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  {
    // Playwright fixtures receive a function named `use`; it is not React's hook.
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  globalIgnores(['.next/**', '.releases/**', 'bench/floor/.next/**', 'node_modules/**', '**/next-env.d.ts', 'playwright-report/**', 'test-results/**']),
]);
