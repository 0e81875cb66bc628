import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Base config for every package; apps add their own rules on top. */
export function config({ browser = false } = {}) {
  return tseslint.config(
    { ignores: ['dist/**', 'coverage/**', '**/generated/**', 'migrations/**', '*.config.*'] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
      languageOptions: { globals: browser ? globals.browser : globals.node },
      rules: {
        '@typescript-eslint/no-explicit-any': 'off',
        '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
        '@typescript-eslint/no-unsafe-declaration-merging': 'off',
        'no-console': browser ? 'off' : 'warn',
      },
    },
  );
}
