import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for Cordillera: the design system's home (docs/ guides, foundations, patterns and a
 * page per component). Stories and docs are read from the sources (no build of the components
 * needed). Generated inputs, all written by `npm start` / `npm run build:storybook` first:
 * - packages/components/dist/custom-elements.json (`npm run analyze`): argument tables, see
 *   preview.ts;
 * - tokens/dist (`npm run build:tokens`): the foundations pages (stories/foundations/data.ts).
 * Optional: .cache/quality and coverage/ from the last `npm test`, whose figures the
 * accessibility statement shows (stories/lib/quality.ts).
 *
 * The stories import the registering modules from source (`packages/components/src/button.ts`…).
 * packages/components/package.json must list every one of them in `sideEffects` (a new
 * component's `src/<name>.ts` too), or the production build drops the registration;
 * scripts/test-storybook.mjs then fails with "<cor-…> is not registered".
 */
const config: StorybookConfig = {
  framework: {
    name: '@storybook/web-components-vite',
    options: {},
  },
  stories: ['../docs/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: {
    // No outbound connections (with `--no-version-updates` for `storybook dev`).
    disableTelemetry: true,
  },
  features: {
    // The theme toolbar paints the preview with the theme's own surface colour instead.
    backgrounds: false,
    // The onboarding checklist is for new Storybook users, not for readers of a design system.
    sidebarOnboardingChecklist: false,
    menuOnboardingChecklist: false,
  },
  // TypeScript: Vite 8 compiles it with Oxc, which takes `experimentalDecorators` and
  // `useDefineForClassFields: false` from the nearest tsconfig.json (the root one), as Lit's
  // legacy decorators need. Do not try to force them with `oxc` options here: the tsconfig
  // wins over them (checked with Vite 8.3.8). scripts/test-storybook.mjs fails if a reactive
  // property ends up shadowed by a class field, which a wrong setting produces silently.
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      build: {
        // Storybook's own chunks (docs blocks, axe, the preview runtime) are large by design.
        chunkSizeWarningLimit: 1200,
      },
      optimizeDeps: {
        // Pre-bundle Lit once. Without this, Vite can discover Lit entry points lazily and
        // serve two copies ("Multiple versions of Lit loaded") in `storybook dev`.
        // Add any new `lit/…` entry point the components or stories start to import.
        include: [
          'lit',
          'lit/decorators.js',
          'lit/directive.js',
          'lit/directive-helpers.js',
          'lit/directives/if-defined.js',
        ],
      },
    });
  },
};

export default config;
