// Stories of <cor-official-banner>. Every story renders from its args alone (no decorator, no
// Storybook global), because the test suite also renders these stories as the fixtures of its
// axe matrix (packages/components/src/testing/stories.ts). Export only stories from this file.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { css, html } from 'lit';
import '../packages/components/src/official-banner.js';
import { text } from './lib/forms.js';

interface OfficialBannerArgs {
  open?: boolean;
  country?: string;
  government?: string;
  domain?: string;
  /** The element's language (`lang`); empty follows the page. */
  lang?: string;
  /** Storybook's action for the toggle event (absent outside Storybook). */
  onToggle?: (event: Event) => void;
}

/** One <cor-official-banner> with every attribute taken from the args (empty ones left out). */
const banner = (args: OfficialBannerArgs) =>
  html`<cor-official-banner
    ?open=${args.open}
    country=${text(args.country)}
    government=${text(args.government)}
    domain=${text(args.domain)}
    lang=${text(args.lang)}
    @toggle=${args.onToggle}
  ></cor-official-banner>`;

// The page header of the last story: plain HTML, styled with tokens by a constructable
// stylesheet (CSP-safe, like the components' own styles).
const headerStyles = css`
  .ob-header {
    font-family: var(--cor-font-family);
    color: var(--cor-button-primary-text);
    background: var(--cor-button-primary-background);
  }
  .ob-header-inner {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--cor-space-2) var(--cor-space-5);
    max-inline-size: var(--cor-breakpoint-desktop);
    margin-inline: auto;
    padding: var(--cor-space-4);
  }
  .ob-page cor-official-banner {
    --cor-official-banner-max-width: var(--cor-breakpoint-desktop);
  }
  .ob-brand {
    font-size: var(--cor-font-size-heading-s);
    font-weight: var(--cor-font-weight-bold);
    color: inherit;
    text-decoration: none;
  }
  .ob-service {
    font-size: var(--cor-font-size-body);
  }
  .ob-brand:focus-visible {
    outline: var(--cor-focus-width) solid var(--cor-color-focus);
    outline-offset: var(--cor-focus-inner-width);
    box-shadow: 0 0 0 var(--cor-focus-inner-width) var(--cor-color-focus-inner);
  }
`;

function adoptHeaderStyles(): void {
  const sheet = headerStyles.styleSheet;
  if (typeof document === 'undefined' || !sheet || document.adoptedStyleSheets.includes(sheet)) {
    return;
  }
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

const meta = {
  title: 'Componentes/Aviso de sitio oficial',
  id: 'componentes-aviso-de-sitio-oficial',
  component: 'cor-official-banner',
  args: {
    open: false,
    country: '',
    government: '',
    domain: '',
    lang: '',
  },
  argTypes: {
    open: { control: 'boolean' },
    country: { control: 'text' },
    government: { control: 'text' },
    domain: { control: 'text' },
    lang: { control: 'inline-radio', options: ['', 'es', 'en'] },
  },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Una franja al comienzo de la página que dice que el sitio es oficial, con un botón que explica ' +
          'cómo reconocer un sitio oficial y seguro: la dirección termina en .gob.cl y usa HTTPS. El país, ' +
          'el nombre del gobierno, el dominio y todos los textos se pueden cambiar, para que otro gobierno ' +
          'lo use.',
      },
    },
  },
} satisfies Meta<OfficialBannerArgs>;
export default meta;

type Story = StoryObj<OfficialBannerArgs>;

export const Closed: Story = {
  name: 'Cerrado',
  render: (args) => banner(args),
  parameters: {
    docs: {
      description: {
        story:
          'Así se ve al cargar la página: solo la frase y el botón «Cómo comprobarlo». Presione el botón para ' +
          'ver la explicación.',
      },
    },
  },
};

export const Open: Story = {
  name: 'Abierto',
  args: { open: true },
  render: (args) => banner(args),
  parameters: {
    docs: {
      description: {
        story:
          'Con la explicación a la vista (atributo `open`): cómo reconocer el dominio oficial y una conexión ' +
          'segura.',
      },
    },
  },
};

export const English: Story = {
  name: 'En inglés',
  args: { open: true, lang: 'en' },
  render: (args) => banner(args),
  parameters: {
    docs: {
      description: {
        story:
          'Los textos siguen el idioma del elemento (`lang` en él o en un antecesor, como `<html lang="en">`) ' +
          'y cambian si la página cambia de idioma.',
      },
    },
  },
};

export const OtherCountry: Story = {
  name: 'Otro país',
  args: { open: true, country: 'Uruguay', domain: 'gub.uy' },
  render: (args) => banner(args),
  parameters: {
    docs: {
      description: {
        story:
          'Otro gobierno puede usar el mismo componente: `country="Uruguay"` y `domain="gub.uy"` cambian la ' +
          'frase y la explicación. Para cambiar la redacción, use `setStrings()`.',
      },
    },
  },
};

export const LongGovernment: Story = {
  name: 'Nombre de gobierno largo',
  args: {
    open: true,
    government: 'Gobierno Regional de la Región de Magallanes y de la Antártica Chilena',
  },
  render: (args) => banner(args),
  globals: { viewport: { value: 'mobile320', isRotated: false } },
  parameters: {
    docs: {
      description: {
        story:
          'Con `government` el sitio nombra a otra institución del Estado. Un nombre largo pasa a la línea ' +
          'siguiente sin salirse de la pantalla a 320 px.',
      },
    },
  },
};

export const InPageHeader: Story = {
  name: 'En el encabezado de una página',
  render: (args) => {
    adoptHeaderStyles();
    return html`<div class="ob-page">
      ${banner(args)}
      <header class="ob-header">
        <div class="ob-header-inner">
          <a class="ob-brand" href="#inicio">ChileAtiende</a>
          <span class="ob-service">Trámites y beneficios del Estado</span>
        </div>
      </header>
    </div>`;
  },
  parameters: {
    docs: {
      description: {
        story:
          'El aviso va primero en la página, antes del encabezado del sitio, y ocupa todo el ancho. ' +
          '`--cor-official-banner-max-width` alinea su contenido con la columna de la página.',
      },
    },
  },
};
