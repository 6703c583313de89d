// Rollup build of @cordillera/components (run by scripts/build-components.mjs; `rollup -c` works too).
//
// 1. ES modules, one file per source module (preserveModules), `lit` external: what bundlers
//    consume through the package's `exports` map. The design tokens' Lit module
//    (@cordillera/tokens/lit.js) is bundled in as dist/_tokens/tokens.lit.js: the package's only
//    runtime dependency is `lit`.
// 2. dist/cdn/cordillera.min.js: one minified file with Lit's production build inside, for
//    `<script type="module" src=".../cordillera.min.js">`. It registers every component.
//
// Both outputs pass through minifyLitTemplates(): consumers' minifiers never touch the text of
// template literals, so CSS and markup indentation would otherwise ship as is.
//
// Declarations (.d.ts) come from tsc (packages/components/tsconfig.build.json), the custom
// elements manifest from custom-elements-manifest.config.mjs.
import { readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transform } from 'esbuild';
import esbuild from 'rollup-plugin-esbuild';

const root = dirname(fileURLToPath(import.meta.url));
const pkgDir = join(root, 'packages/components');
const src = join(pkgDir, 'src');
const dist = join(pkgDir, 'dist');
const tokensDist = join(root, 'tokens/dist');

/** Public entry points; each components/<name>/define.ts is one too (registration only). */
const entries = [
  'index',
  'button',
  'text-input',
  'rut-input',
  'phone-input',
  'claveunica-button',
  'official-banner',
  'region-comuna',
  'textarea',
  'password-input',
  'select',
  'error-message',
  'fieldset',
  'error-summary',
  'file-upload',
  'date-input',
  'checkboxes',
  'radios',
  'chile',
  'chile-territory',
  'classes',
  'i18n',
];
const defines = readdirSync(join(src, 'components'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `components/${d.name}/define`);
const input = Object.fromEntries(
  [...entries, ...defines].map((name) => [name, join(src, `${name}.ts`)]),
);

const isLit = (id) => id === 'lit' || id.startsWith('lit/');

/** Source files are TypeScript with legacy decorators: the root tsconfig says so. */
const ts = () =>
  esbuild({
    tsconfig: join(root, 'tsconfig.json'),
    target: 'es2022',
    // Keep the JS readable (consumers minify); the CDN build minifies with terser.
    minify: false,
    legalComments: 'none',
  });

const posix = (p) => p.split(sep).join('/');

/** The design tokens' Lit module, as node-resolve resolves @cordillera/tokens/lit.js. */
const tokensLit = join(tokensDist, 'lit/tokens.lit.js');
/**
 * Tokens no component reads: palette references are resolved into the role tokens, and custom
 * properties cannot be used in media queries. Pages get them from the tokens' CSS files.
 */
const UNUSED_TOKENS = /--cor-(?:palette|breakpoint)-[\w-]+/;

/**
 * Minifies the static text of Lit's css`…`, html`…` and svg`…` templates (tags imported from
 * lit), which consumers' minifiers leave as written.
 * - CSS: esbuild's CSS minifier, whitespace and comments only (values stay as authored, so a
 *   token read back with getPropertyValue() is unchanged; shorter numbers gain nothing after
 *   brotli). Each `${…}` becomes a placeholder; if they do not come back intact, in order, the
 *   template is left alone. Static CSS that esbuild warns about fails the build (onwarn).
 * - Markup: a whitespace run containing a line break becomes one space, which renders the same
 *   (HTML collapses whitespace). Templates with <pre>/<textarea> or a backslash (a line
 *   continuation?) are left alone.
 * - The bundled token sheet also drops UNUSED_TOKENS; it must minify.
 */
function minifyLitTemplates() {
  const walk = (node, visit) => {
    visit(node);
    for (const value of Object.values(node))
      for (const child of [value].flat()) if (typeof child?.type === 'string') walk(child, visit);
  };
  const mark = (i) => `__cor_expr_${i}__`;

  /** A css`…`'s quasis → minified cooked strings, or null to leave the template alone. */
  async function minifyCss(ctx, quasis, id) {
    const cooked = quasis.map((q) => q.value.cooked);
    if (cooked.some((c) => c == null)) return null; // an invalid escape: not lit's css`…`
    let text = cooked.reduce((all, part, i) => all + mark(i - 1) + part);
    if (id === tokensLit) {
      text = text.replace(new RegExp(`${UNUSED_TOKENS.source}\\s*:[^;}]*;?`, 'g'), '');
      if (UNUSED_TOKENS.test(text)) throw new Error(`${id}: could not drop all ${UNUSED_TOKENS}`);
    } else if (new RegExp(`var\\(\\s*${UNUSED_TOKENS.source}`).test(text)) {
      throw new Error(`${id} reads a token that the bundled token sheet omits (${UNUSED_TOKENS})`);
    }
    const { code, warnings } = await transform(text, { loader: 'css', minifyWhitespace: true });
    if (warnings.length && cooked.length === 1)
      ctx.warn(`CSS in ${id}: ${warnings.map((w) => w.text).join('; ')}`);
    const parts = code.trim().split(/__cor_expr_(\d+)__/);
    const intact =
      !warnings.length &&
      parts.length === 2 * cooked.length - 1 &&
      parts.every((part, i) => i % 2 === 0 || Number(part) === (i - 1) / 2);
    if (!intact && id === tokensLit) throw new Error(`${id}: the token sheet did not minify`);
    return intact ? parts.filter((_, i) => i % 2 === 0) : null;
  }

  /** Raw markup strings → minified raw strings, or null to leave the template alone. */
  function minifyMarkup(raw) {
    if (raw.some((r) => r.includes('\\') || /<(?:pre|textarea)\b/i.test(r))) return null;
    return raw.map((r) => r.replace(/\s*\n\s*/g, ' '));
  }

  /** Cooked text back into a template literal's raw source. */
  const toRaw = (text) => text.replace(/\\|`|\$\{/g, (m) => `\\${m}`);

  return {
    name: 'minify-lit-templates',
    async transform(code, id) {
      if (!/['"]lit(?:-html|-element)?['"]/.test(code)) return null;
      const ast = this.parse(code);
      const tags = new Map(); // local name → css | html | svg, for lit's own tags only
      for (const node of ast.body) {
        if (
          node.type !== 'ImportDeclaration' ||
          !/^lit(?:-html|-element)?$/.test(node.source.value)
        )
          continue;
        for (const { imported, local } of node.specifiers)
          if (['css', 'html', 'svg'].includes(imported?.name)) tags.set(local.name, imported.name);
      }
      const templates = [];
      walk(ast, (node) => {
        if (node.type === 'TaggedTemplateExpression' && tags.has(node.tag.name))
          templates.push(node);
      });
      const edits = [];
      for (const { tag, quasi } of templates) {
        const { quasis } = quasi;
        const minified =
          tags.get(tag.name) === 'css'
            ? (await minifyCss(this, quasis, id))?.map(toRaw)
            : minifyMarkup(quasis.map((q) => q.value.raw));
        // A quasi's start/end span its raw text only (no backtick, `${` or `}`).
        minified?.forEach((text, i) => edits.push([quasis[i].start, quasis[i].end, text]));
      }
      if (id === tokensLit && !edits.length) throw new Error(`${id}: no css\`…\` found`);
      let out = code;
      for (const [start, end, text] of edits.sort((x, y) => y[0] - x[0]))
        out = out.slice(0, start) + text + out.slice(end);
      return edits.length ? { code: out, map: null } : null;
    },
  };
}

/**
 * node-resolve applies a package's `sideEffects` to the modules it resolves. Ours lists the
 * *dist* registration modules, so applied to src/ it would mark src/components/*\/define.ts as
 * pure and Rollup would drop `import './components/button/define.js'` from index/button/…:
 * the package's own `sideEffects` is ignored while building it (rootDir = the package).
 */
const resolveOptions = {
  extensions: ['.ts', '.js'],
  rootDir: pkgDir,
  ignoreSideEffectsForRoot: true,
};

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input,
    external: isLit,
    plugins: [
      // Resolves @cordillera/tokens/lit.js (workspace package, through its `exports`).
      nodeResolve(resolveOptions),
      ts(),
      minifyLitTemplates(),
    ],
    output: {
      dir: dist,
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: src,
      // Modules from outside src/ (only the tokens' Lit module) go to dist/_tokens/.
      entryFileNames(chunk) {
        const id = chunk.facadeModuleId ?? '';
        if (id.startsWith(src + sep) || id === '') return '[name].js';
        if (id.startsWith(tokensDist + sep))
          return `_tokens/${posix(relative(join(tokensDist, 'lit'), id))}`;
        throw new Error(`Unexpected module outside src/ in the ES build: ${id}`);
      },
      generatedCode: 'es2015',
    },
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY') return warn(warning);
      // Any other warning (unresolved import, missing export…) fails the build.
      throw new Error(`${warning.code}: ${warning.message}`);
    },
  },
  {
    input: join(src, 'index.ts'),
    plugins: [
      nodeResolve({ ...resolveOptions, browser: true, exportConditions: ['production'] }),
      ts(),
      minifyLitTemplates(),
      terser({
        ecma: 2022,
        module: true,
        format: { comments: false },
        compress: { passes: 2 },
      }),
    ],
    output: {
      file: join(dist, 'cdn/cordillera.min.js'),
      format: 'es',
      inlineDynamicImports: true,
    },
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY') return warn(warning);
      throw new Error(`${warning.code}: ${warning.message}`);
    },
  },
];
