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
    // The foundation issue asks for 12 KB. Measured today: Lit ≈ 5.3 kB, the zero-config token
    // sheet (four themes) ≈ 1.5 kB, both components with the form core and both catalogues
    // ≈ 7.5 kB, plus ≈ 0.7 kB of other components' strings, because the catalogue is one module
    // (splitting it per component is the next saving). The budget is set just above the measured figure so that growth fails the build;
    // closing the gap to 12 KB is open work (see docs/architecture.md, "Size").
    limit: '15.5 KB',
  },
  {
    name: 'CDN file (all components)',
    path: 'packages/components/dist/cdn/cordillera.min.js',
    disablePlugins: ['@size-limit/esbuild'],
    limit: '19.5 KB',
  },
  {
    name: 'everything (index.js)',
    import: { 'packages/components/dist/index.js': '*' },
    modifyEsbuildConfig: production,
    limit: '20 KB',
  },
];
