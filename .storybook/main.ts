import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

/**
 * The stories import the components from source (packages/components/src). The package's
 * `sideEffects` list names only the registering modules of dist/, so to the bundler every
 * src/ module looks side-effect free, and a bare `import '…/src/button.js'` (which only
 * registers <cor-button>) is dropped from the production build: the stories then render
 * unregistered, unstyled tags, with no error. `storybook dev` does not tree-shake and hides it.
 * This plugin marks the component sources as having side effects again.
 */
function componentSourcesHaveSideEffects(): Plugin {
  const source = /[\\/]packages[\\/]components[\\/]src[\\/].*\.ts$/;
  return {
    name: 'cordillera:component-sources-have-side-effects',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      return source.test(id) ? { code, map: null, moduleSideEffects: true } : null;
    },
  };
}

/**
 * Storybook for Cordillera. Stories and docs are read from the sources (no build of the
 * components needed); the only generated input is the custom elements manifest that
 * `npm run analyze` writes to packages/components/dist/custom-elements.json (see preview.ts).
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
      plugins: [componentSourcesHaveSideEffects()],
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
