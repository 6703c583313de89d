// Custom Elements Manifest for @cordillera/components: `npm run analyze` (also run by
// scripts/build-components.mjs) writes packages/components/dist/custom-elements.json, which the
// package publishes (`customElements` field) and Storybook reads for its argument tables.
//
// Attributes, properties, slots, parts, events and CSS properties come from the classes and their
// JSDoc. The core/ base classes are analysed too so inherited members (`name`, `disabled`…) are
// listed on each element. Two small plugins:
// - tag names: components register through `defineElement('cor-x', CorX)` in
//   components/<name>/define.ts, which the analyzer does not recognise, so the plugin reads
//   those calls and marks each class as a custom element with its tag name, and adds the
//   define.js modules with their `custom-element-definition` exports;
// - paths: module paths point at what a consumer imports (dist/**/*.js, relative to the package
//   root), not at the TypeScript sources.
import { readdirSync, readFileSync } from 'node:fs';

const SRC = 'packages/components/src/';
const DIST = 'dist/';

/**
 * `packages/components/src/components/button/button.ts` (or `/packages/…/button.js`, as the
 * analyzer writes superclass references) → `dist/components/button/button.js`.
 */
const toDist = (path) => {
  const p = path.replace(/^\.?\//, '');
  return p.startsWith(SRC) ? DIST + p.slice(SRC.length).replace(/\.[jt]s$/, '.js') : path;
};

function definePlugin() {
  return {
    name: 'cordillera-define-element',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const defineFiles = readdirSync(`${SRC}components`, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => `${SRC}components/${d.name}/define.ts`)
        .sort();
      for (const file of defineFiles) {
        const source = readFileSync(file, 'utf8');
        const exports = [];
        for (const [, tag, className] of source.matchAll(
          /defineElement\(\s*['"]([a-z][a-z0-9]*-[a-z0-9-]*)['"]\s*,\s*([A-Za-z_$][\w$]*)\s*\)/g,
        )) {
          const owner = modules.find((m) =>
            m.declarations?.some((d) => d.kind === 'class' && d.name === className),
          );
          if (!owner) throw new Error(`${file}: class ${className} not found in the manifest`);
          const declaration = owner.declarations.find((d) => d.name === className);
          declaration.tagName = tag;
          declaration.customElement = true;
          exports.push({
            kind: 'custom-element-definition',
            name: tag,
            declaration: { name: className, module: owner.path },
          });
        }
        if (exports.length === 0)
          throw new Error(`${file}: no defineElement('tag', Class) call found`);
        modules.push({ kind: 'javascript-module', path: file, declarations: [], exports });
      }
    },
  };
}

function distPathsPlugin() {
  const fix = (ref) => {
    if (ref && typeof ref.module === 'string') ref.module = toDist(ref.module);
  };
  return {
    name: 'cordillera-dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        mod.path = toDist(mod.path);
        for (const decl of mod.declarations ?? []) {
          fix(decl.superclass);
          for (const member of [...(decl.members ?? []), ...(decl.attributes ?? [])]) {
            fix(member.inheritedFrom);
          }
          for (const ref of decl.mixins ?? []) fix(ref);
        }
        for (const exp of mod.exports ?? []) fix(exp.declaration);
      }
    },
  };
}

export default {
  globs: [`${SRC}components/**/*.ts`, `${SRC}core/*.ts`],
  exclude: [`${SRC}**/*.test.ts`, `${SRC}**/*.styles.ts`, `${SRC}**/define.ts`],
  outdir: 'packages/components/dist',
  litelement: true,
  // Otherwise the analyzer writes a `customElements` field into the root package.json.
  packagejson: false,
  plugins: [definePlugin(), distPathsPlugin()],
};
