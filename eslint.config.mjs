import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Code that runs in the page or in every process must not reach Node, Electron, SQLite or docx:
// those live behind the contract in src/main.
const processBoundary = {
  patterns: [
    { group: ['electron', 'electron/*'], message: 'Electron is for src/main and src/preload.' },
    { group: ['better-sqlite3'], message: 'The database is reached through window.api.' },
    { group: ['docx'], message: 'Export runs in src/main/export.' },
    { group: ['node:*'], message: 'No Node built-ins outside src/main.' },
    {
      group: ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'url', 'stream'],
      message: 'No Node built-ins outside src/main.',
    },
    {
      group: ['**/main/**', '**/preload/**'],
      message: 'Cross the process boundary via the contract.',
    },
    { group: ['**/server/**'], message: 'The app reaches the team server over HTTP.' },
  ],
};

// The team server runs apart from the desktop app: it shares src/shared's schemas, nothing else.
const serverBoundary = {
  patterns: [
    { group: ['electron', 'electron/*'], message: 'The team server runs without Electron.' },
    { group: ['better-sqlite3'], message: "The team server's database is PostgreSQL." },
    {
      group: ['**/src/main/**', '**/src/preload/**', '**/src/renderer/**'],
      message: 'The team server shares only src/shared with the app.',
    },
  ],
};
const appBoundary = {
  patterns: [{ group: ['**/server/**'], message: 'The app reaches the team server over HTTP.' }],
};

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'src/shared/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', processBoundary] },
  },
  {
    files: ['server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', serverBoundary] },
  },
  {
    files: ['src/main/**/*.ts', 'src/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', appBoundary] },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // A test that finds nothing should fail on the assertion, not hide behind a guard.
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
