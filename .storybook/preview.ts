import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
// Written by `npm run analyze` (custom-elements-manifest.config.mjs); `npm start` and
// `npm run build:storybook` run it first.
import manifest from '../packages/components/dist/custom-elements.json';
import autodocsPage from './autodocs.mdx';
import './preview.css';

// ----- Argument tables from the custom elements manifest -----

interface ManifestItem {
  name: string;
  kind?: string;
  static?: boolean;
  privacy?: string;
  fieldName?: string;
  [key: string]: unknown;
}
interface ManifestDeclaration {
  customElement?: boolean;
  members?: ManifestItem[];
  attributes?: ManifestItem[];
  slots?: ManifestItem[];
  cssParts?: ManifestItem[];
  [key: string]: unknown;
}
interface Manifest {
  modules?: { declarations?: ManifestDeclaration[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

/**
 * Tidies an element's entry for the docs tables, which Storybook builds by name from members,
 * attributes and slots (a later category overwrites an earlier one of the same name):
 * - members: only the public instance API; a property that has an attribute is listed once,
 *   under its attribute (the name stories and HTML authors use);
 * - slots and parts: named `slot="label"` and `::part(label)`, so they do not replace the
 *   attribute of the same name (`label`, `hint`, `error`, `prefix`…) in the table and in the
 *   controls. Storybook leaves out the default slot (it has no name); a story that fills it
 *   from an arg documents that arg instead (the button's `text`).
 */
function forDocs(declaration: ManifestDeclaration): ManifestDeclaration {
  if (!declaration.customElement) return declaration;
  const withAttribute = new Set((declaration.attributes ?? []).map((a) => a.fieldName ?? a.name));
  return {
    ...declaration,
    members: (declaration.members ?? []).filter(
      (m) =>
        m.kind === 'field' &&
        !m.static &&
        (m.privacy ?? 'public') === 'public' &&
        !m.name.startsWith('#') &&
        !withAttribute.has(m.name),
    ),
    slots: (declaration.slots ?? []).map((s) => (s.name ? { ...s, name: `slot="${s.name}"` } : s)),
    cssParts: (declaration.cssParts ?? []).map((p) => ({ ...p, name: `::part(${p.name})` })),
  };
}

const source = manifest as unknown as Manifest;
setCustomElementsManifest({
  ...source,
  modules: (source.modules ?? []).map((m) => ({
    ...m,
    declarations: (m.declarations ?? []).map(forDocs),
  })),
});

// ----- Toolbars: theme and language -----

const THEMES = ['light', 'dark', 'high-contrast', 'agency'] as const;
const LANGUAGES = ['es', 'en'] as const;

/** The language of the docs pages (English pages mark their text with `lang="en"`). */
const DOCS_LANGUAGE = 'es';
// Storybook's iframe.html says <html lang="en">; a docs page without stories never reaches the
// decorator below, and must not claim its Spanish text is English.
document.documentElement.lang = DOCS_LANGUAGE;

/**
 * Applies the toolbar's theme and language. CSP-safe: attributes and classes only (the colours
 * come from preview.css reading the theme's tokens).
 * - `lang`: in story view on the preview's `<html>`, which the components follow, as on a real
 *   page. On a docs page `<html>` keeps the language of the page's text, and `lang` goes on each
 *   story's canvas instead (components follow the nearest `lang`).
 * - `data-cor-theme` goes on the element the story renders into (`#storybook-root`, or each
 *   story's canvas on a docs page); in story view also on `<html>`, so the whole preview takes
 *   the theme's surface colour. On a docs page it stays off `<html>`, so the docs text keeps
 *   Storybook's own colours.
 */
const withThemeAndLanguage: Decorator = (story, context) => {
  const theme = (THEMES as readonly string[]).includes(context.globals.theme)
    ? (context.globals.theme as string)
    : 'light';
  const lang = (LANGUAGES as readonly string[]).includes(context.globals.locale)
    ? (context.globals.locale as string)
    : 'es';
  const html = document.documentElement;
  const docs = context.viewMode === 'docs';
  const pageLang = docs ? DOCS_LANGUAGE : lang;
  if (html.lang !== pageLang) html.lang = pageLang;
  if (docs) html.removeAttribute('data-cor-theme');
  else html.setAttribute('data-cor-theme', theme);
  const canvas = context.canvasElement as HTMLElement | undefined;
  if (canvas) {
    canvas.setAttribute('data-cor-theme', theme);
    if (docs) canvas.setAttribute('lang', lang);
    else canvas.removeAttribute('lang');
    canvas.classList.add('cor-sb-canvas');
  }
  return story();
};

const STORYBOOK_TYPES = new Set([
  'boolean',
  'string',
  'number',
  'function',
  'symbol',
  'object',
  'array',
  'enum',
  'union',
  'intersection',
  'other',
]);

/** Widths to check layouts at; 320 px is the narrowest screen the components must fit. */
const VIEWPORTS = {
  mobile320: {
    name: 'Móvil pequeño (320 px)',
    styles: { width: '320px', height: '640px' },
    type: 'mobile',
  },
  mobile375: {
    name: 'Móvil (375 px)',
    styles: { width: '375px', height: '667px' },
    type: 'mobile',
  },
  tablet768: {
    name: 'Tableta (768 px)',
    styles: { width: '768px', height: '1024px' },
    type: 'tablet',
  },
  desktop1280: {
    name: 'Escritorio (1280 px)',
    styles: { width: '1280px', height: '800px' },
    type: 'desktop',
  },
} as const;

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withThemeAndLanguage],
  globalTypes: {
    theme: {
      description: 'Tema de Cordillera (atributo data-cor-theme)',
      toolbar: {
        title: 'Tema',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Claro' },
          { value: 'dark', title: 'Oscuro' },
          { value: 'high-contrast', title: 'Alto contraste' },
          { value: 'agency', title: 'Institución (ejemplo)' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Idioma de la página (atributo lang de <html>)',
      toolbar: {
        title: 'Idioma',
        icon: 'globe',
        items: [
          { value: 'es', right: 'es', title: 'Español' },
          { value: 'en', right: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    theme: 'light',
    locale: 'es',
  },
  parameters: {
    layout: 'padded',
    controls: {
      expanded: true,
      sort: 'requiredFirst',
    },
    viewport: {
      options: VIEWPORTS,
    },
    a11y: {
      // The same rule set as the axe matrix of the test suite (DESIGN.md §6).
      options: {
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
        },
      },
      test: 'error',
    },
    docs: {
      // Component pages live in docs/components/<name>.mdx. A component without one yet gets
      // this generated page (autodocs.mdx): Storybook's default, with the API table (ArgTypes)
      // instead of the live Controls table, whose boolean and radio controls fail axe
      // (low-contrast toggle text, radios without labels) and every docs page must pass axe.
      // Each story's Controls panel still has the controls.
      page: autodocsPage,
      // Headings of the page only: a story's own headings are part of the example.
      toc: { title: 'En esta página', headingSelector: 'h2, h3', ignoreSelector: '.docs-story *' },
    },
    options: {
      storySort: {
        order: [
          'Introducción',
          'Guías',
          [
            'Primeros pasos',
            'Temas',
            'Idiomas',
            'Accesibilidad',
            'Navegadores',
            'Arquitectura y contribuir',
          ],
          'Fundamentos',
          [
            'Color',
            'Tipografía',
            'Espaciado y tamaños',
            'Bordes redondeados',
            'Foco',
            'Puntos de quiebre',
            'Movimiento',
          ],
          'Componentes',
          ['Botón', 'Campo de texto'],
          'Patrones',
          [
            'Páginas de preguntas',
            'Pedir nombres',
            'Pedir fechas',
            'Pedir un RUT',
            'Pedir una dirección en Chile',
            'Iniciar sesión con ClaveÚnica',
            'Revisar las respuestas',
            'Página de confirmación',
          ],
          'English',
          [
            'Getting started',
            'Themes',
            'Languages',
            'Accessibility statement',
            'Browser support',
            'Architecture',
            'Testing',
            'Design tokens',
          ],
          '*',
        ],
      },
    },
  },
  argTypesEnhancers: [
    (context) =>
      Object.fromEntries(
        Object.entries(context.argTypes).map(([name, argType]) => {
          const category = argType.table?.category;
          // Only what a story renders can be edited: its attributes and the slots it fills from
          // args. Properties (validity, form…), events, CSS properties and parts are documented.
          const editable =
            category === undefined ||
            category === 'attributes' ||
            (category === 'slots' && name in (context.initialArgs ?? {}));
          // The manifest's TypeScript types (`ButtonVariant`, `string | undefined`) are not
          // Storybook types, and Storybook drops an arg of an unknown type when it comes from
          // the URL (`&args=variant:warning`, shared links). The table keeps the TS type.
          const typeName = argType.type?.name as string | undefined;
          const type =
            !editable || typeName === undefined || STORYBOOK_TYPES.has(typeName)
              ? argType.type
              : { ...argType.type, name: 'string' as const };
          return [name, { ...argType, type, ...(editable ? {} : { control: false as const }) }];
        }),
      ),
  ],
};

export default preview;
