// Stories of <cor-error-message>. Every story renders from its args alone (no decorator, no
// Storybook global), because the test suite also renders these stories as the fixtures of its
// axe matrix (packages/components/src/testing/stories.ts). Export only stories from this file.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { css, html } from 'lit';
import '../packages/components/src/error-message.js';
import { text } from './lib/forms.js';

interface ErrorMessageArgs {
  /** The message, as the element's text content. */
  content?: string;
  /** The `message` attribute (used when the element has no text content). */
  message?: string;
  /** The element's language (`lang`); empty follows the page. */
  lang?: string;
  /** The question of the page's own field the message belongs to. */
  label?: string;
  /** The hint of that field. */
  hint?: string;
  /** Prefix of the ids in the story, so that several stories can share a docs page. */
  id?: string;
}

// The page's own field around the message: plain HTML, styled with tokens by a constructable
// stylesheet (CSP-safe, like the components' own styles), laid out as Cordillera's fields.
const fieldStyles = css`
  .em-group {
    margin-block-end: var(--cor-space-5);
    padding-inline-start: var(--cor-space-4);
    font-family: var(--cor-font-family);
    font-size: var(--cor-font-size-body);
    line-height: var(--cor-line-height-body);
    color: var(--cor-color-text);
    border-inline-start: var(--cor-border-width-thick) solid var(--cor-color-error);
    overflow-wrap: anywhere;
  }
  .em-label {
    display: block;
    margin-block-end: var(--cor-space-2);
    font-weight: var(--cor-font-weight-bold);
  }
  .em-hint {
    margin: 0 0 var(--cor-space-2);
    color: var(--cor-color-text-secondary);
  }
  .em-input {
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 100%;
    min-block-size: var(--cor-input-min-height);
    margin: 0;
    padding: var(--cor-space-1) var(--cor-space-2);
    font: inherit;
    color: var(--cor-input-text);
    background: var(--cor-input-background);
    border: var(--cor-input-border-width) solid var(--cor-input-error-border-color);
    border-radius: var(--cor-input-radius);
  }
  .em-input:focus-visible {
    outline: var(--cor-focus-width) solid var(--cor-color-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 var(--cor-focus-inner-width) var(--cor-color-focus-inner);
  }
  @media (forced-colors: active) {
    .em-group {
      border-inline-start-color: CanvasText;
    }
  }
`;

function adoptFieldStyles(): void {
  const sheet = fieldStyles.styleSheet;
  if (typeof document === 'undefined' || !sheet || document.adoptedStyleSheets.includes(sheet)) {
    return;
  }
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/**
 * A native field of the page with its error: label, hint, <cor-error-message>, then the input,
 * which names the hint and the message in `aria-describedby`, as GOV.UK lays them out.
 */
function field(args: ErrorMessageArgs) {
  adoptFieldStyles();
  const id = args.id || 'em';
  return html`<div class="em-group" lang=${text(args.lang)}>
    <label class="em-label" for="${id}-input">${args.label}</label>
    ${args.hint ? html`<p class="em-hint" id="${id}-hint">${args.hint}</p>` : ''}
    <cor-error-message id="${id}-error" message=${text(args.message)}
      >${args.content ?? ''}</cor-error-message
    >
    <input
      class="em-input"
      id="${id}-input"
      name="${id}"
      type="text"
      aria-invalid="true"
      aria-describedby="${args.hint ? `${id}-hint ` : ''}${id}-error"
    />
  </div>`;
}

const meta = {
  title: 'Componentes/Mensaje de error',
  id: 'componentes-mensaje-de-error',
  component: 'cor-error-message',
  args: {
    content: 'Ingrese su nombre completo',
    message: '',
    lang: '',
    label: 'Nombre completo',
    hint: '',
    id: 'em-default',
  },
  argTypes: {
    content: { control: 'text', name: 'contenido (texto)' },
    message: { control: 'text' },
    lang: { control: 'inline-radio', options: ['', 'es', 'en'] },
    label: { control: 'text', name: 'etiqueta del campo' },
    hint: { control: 'text', name: 'ayuda del campo' },
    id: { table: { disable: true } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'El mensaje de error de un campo que la página arma por su cuenta (un `<input>`, `<select>` o ' +
          '`<textarea>` nativo): texto en negrita y en el color de error, precedido de «Error:» solo para ' +
          'lectores de pantalla. El campo lo nombra en `aria-describedby`. Los componentes de Cordillera ' +
          'muestran su propio error con el atributo `error`.',
      },
    },
  },
} satisfies Meta<ErrorMessageArgs>;
export default meta;

type Story = StoryObj<ErrorMessageArgs>;

export const Default: Story = {
  name: 'Por defecto',
  render: (args) => field(args),
  parameters: {
    docs: {
      description: {
        story:
          'Entre la etiqueta (y la ayuda) y el campo, como en GOV.UK. El campo lo nombra en ' +
          '`aria-describedby` y tiene `aria-invalid="true"`: el lector de pantalla lee «Nombre completo, ' +
          'Error: Ingrese su nombre completo».',
      },
    },
  },
};

export const English: Story = {
  name: 'En inglés',
  args: {
    content: 'Enter your full name',
    label: 'Full name',
    lang: 'en',
    id: 'em-english',
  },
  render: (args) => field(args),
  parameters: {
    docs: {
      description: {
        story:
          'El prefijo oculto sigue el idioma del elemento (`lang` en él o en un antecesor) y cambia si la ' +
          'página cambia de idioma. El mensaje es del servicio: escríbalo en el idioma de la página.',
      },
    },
  },
};

export const LongText: Story = {
  name: 'Texto largo',
  args: {
    content:
      'Ingrese el correo electrónico donde quiere recibir la respuesta, por ejemplo ' +
      'nombre.apellido@municipalidaddesanpedrodelapaz.cl, sin espacios ni comas',
    label: 'Correo electrónico',
    hint: 'Solo lo usaremos para responder esta solicitud.',
    id: 'em-long',
  },
  render: (args) => field(args),
  globals: { viewport: { value: 'mobile320', isRotated: false } },
  parameters: {
    docs: {
      description: {
        story:
          'Un mensaje largo pasa a la línea siguiente, también las palabras largas como un correo: a 320 px ' +
          'nada se sale de la pantalla. Aun así, prefiera mensajes cortos que digan qué hacer.',
      },
    },
  },
};

export const MessageAttribute: Story = {
  name: 'Con el atributo message',
  args: {
    content: '',
    message: 'Ingrese un número de teléfono de 9 dígitos, por ejemplo 9 1234 5678',
    label: 'Teléfono móvil',
    hint: 'Le enviaremos un código por SMS.',
    id: 'em-attribute',
  },
  render: (args) => field(args),
  parameters: {
    docs: {
      description: {
        story:
          'Cuando el elemento no tiene texto, el mensaje es el atributo `message` (útil desde un framework). ' +
          'Se muestra como texto, nunca como HTML.',
      },
    },
  },
};
