// Size budgets of @cordillera/components, checked by size-limit (`npm run size`, after the
// build). Sizes are brotli (quality 11). size-limit exits non-zero when a budget is exceeded.
//
// The `import` entries measure what an app ships: @size-limit/esbuild bundles an entry that
// imports the given exports from packages/components/dist (through the package's own
// package.json, so its `sideEffects` applies), with Lit included in its production build,
// minified and tree-shaken. The CDN file is measured as published.
const production = (config) => ({
  ...config,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  // Lit's production build, as bundlers use for production (the default build is the dev one).
  conditions: ['production'],
});

module.exports = [
  {
    name: 'button + text input + Lit',
    import: {
      'packages/components/dist/button.js': '{ CorButton }',
      'packages/components/dist/text-input.js': '{ CorTextInput }',
    },
    modifyEsbuildConfig: production,
    // The foundation issue asks for 12 KB. Measured today: 14.8 kB — Lit ≈ 5.3 kB, the
    // zero-config token sheet (four themes) ≈ 1.6 kB, both components with the form core and
    // their strings ≈ 7.9 kB. Each component brings its own strings (i18n/strings/), so other
    // components' strings are no longer in this bundle. The budget is set just above the
    // measured figure so that growth fails the build; closing the gap to 12 KB is open work
    // (see docs/architecture.md, "Size").
    limit: '15 KB',
  },
  {
    // The list of 16 regions and 346 comunas that <cor-region-comuna> loads on first use (a
    // separate module, so pages without the element never download it).
    name: 'chile-territory data (lazy)',
    import: { 'packages/components/dist/chile-territory.js': '{ regions, comunas }' },
    modifyEsbuildConfig: production,
    limit: '3 KB',
  },
  {
    name: 'CDN file (all components)',
    path: 'packages/components/dist/cdn/cordillera.min.js',
    disablePlugins: ['@size-limit/esbuild'],
    // 21 components, Lit and the territory data (inlined: one file). Just above the measured size.
    limit: '39.5 KB',
  },
  {
    name: 'everything (index.js)',
    import: { 'packages/components/dist/index.js': '*' },
    modifyEsbuildConfig: production,
    // Every component, with what they load lazily. Just above the measured size.
    limit: '40.5 KB',
  },
];
