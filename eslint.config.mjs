// Lint rules for Cordillera. The security bans of DESIGN.md §8 live here, so a component cannot
// render author text as markup or bypass the CSP-safe styling.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const banned = 'is banned in Cordillera (DESIGN.md §8): render author text with Lit bindings.';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      'coverage/**',
      '.cache/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Scripts drive headless browsers: the functions they pass to page.evaluate run there.
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['packages/components/src/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/components/src/**/*.ts', 'stories/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['packages/components/src/**/*.ts', 'stories/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['packages/components/src/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'lit/ban-attributes': ['error', 'style'],
      'lit/no-template-bind': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: `unsafeHTML ${banned}` },
            { name: 'lit/directives/unsafe-svg.js', message: `unsafeSVG ${banned}` },
            { name: 'lit/directives/style-map.js', message: `styleMap breaks the strict CSP.` },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
          message: `innerHTML/outerHTML ${banned}`,
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: `insertAdjacentHTML ${banned}`,
        },
        {
          selector: 'Identifier[name=/^(unsafeCSS|unsafeHTML|unsafeSVG|styleMap)$/]',
          message: `This directive ${banned}`,
        },
        {
          selector:
            "CallExpression[callee.property.name='setAttribute'][arguments.0.value='style']",
          message: 'style= attributes break the strict CSP: use classes and tokens.',
        },
      ],
    },
  },
  {
    // Tests feed bad input on purpose, use chai's property assertions (`.to.exist`), and build
    // deliberately broken fixtures (an inline style that axe cannot judge).
    files: ['**/*.test.ts', 'packages/components/src/testing/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      'lit/ban-attributes': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': 'off',
    },
  },
);
