// Stories of <cor-file-upload>. Every story renders from its args alone (no decorator, no
// Storybook global), because the test suite also renders these stories as the fixtures of its
// axe matrix (packages/components/src/testing/stories.ts). Export only stories from this file.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../packages/components/src/button.js';
import '../packages/components/src/file-upload.js';
import { text } from './lib/forms.js';

interface FileUploadArgs {
  label?: string;
  hint?: string;
  error?: string;
  name?: string;
  accept?: string;
  multiple?: boolean;
  'max-size'?: string;
  required?: boolean;
  disabled?: boolean;
  /** Storybook's actions for the events (absent outside Storybook). */
  onInput?: (event: Event) => void;
  onChange?: (event: Event) => void;
  onInvalid?: (event: Event) => void;
}

/** A file of `size` bytes, made in the page (nothing is downloaded). */
const fakeFile = (name: string, type: string, size: number) =>
  new File([new Uint8Array(size)], name, { type });

/**
 * Shows a state that needs files: drops them on the field as a person would (a synthetic drop
 * event with a DataTransfer), so the field lists them, validates them and announces them.
 */
const dropped = (files: () => File[]) =>
  ref((el) => {
    if (!el) return;
    const transfer = new DataTransfer();
    for (const file of files()) transfer.items.add(file);
    el.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true }));
  });

/** One <cor-file-upload> with every attribute taken from the args (empty values left out). */
const fileUpload = (args: FileUploadArgs, extra?: ReturnType<typeof dropped>) =>
  html`<cor-file-upload
    label=${text(args.label)}
    hint=${text(args.hint)}
    error=${text(args.error)}
    name=${text(args.name)}
    accept=${text(args.accept)}
    max-size=${text(args['max-size'])}
    ?multiple=${args.multiple}
    ?required=${args.required}
    ?disabled=${args.disabled}
    @input=${args.onInput}
    @change=${args.onChange}
    @invalid=${args.onInvalid}
    ${extra}
  ></cor-file-upload>`;

/** Shows what the form would send, instead of leaving the page. */
function showSubmission(event: SubmitEvent): void {
  event.preventDefault();
  const form = event.currentTarget as HTMLFormElement;
  const sent = [...new FormData(form, event.submitter).entries()]
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : value.name}`)
    .join(', ');
  const output = form.querySelector('output');
  if (output) output.textContent = `Formulario enviado: ${sent || '(sin datos)'}`;
}

const meta = {
  title: 'Componentes/Subir archivos',
  id: 'componentes-subir-archivos',
  component: 'cor-file-upload',
  args: {
    label: 'Copia de su cédula de identidad',
    hint: '',
    error: '',
    name: 'cedula',
    accept: '',
    multiple: false,
    'max-size': '',
    required: false,
    disabled: false,
  },
  argTypes: {
    label: { control: 'text' },
    hint: { control: 'text' },
    error: { control: 'text' },
    name: { control: 'text' },
    accept: { control: 'text' },
    multiple: { control: 'boolean' },
    'max-size': { control: 'text' },
    required: { control: 'boolean' },
    disabled: { control: 'boolean' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Un campo para adjuntar uno o más archivos, con su etiqueta, texto de ayuda y mensaje de error. Usa ' +
          'el selector de archivos del sistema (un `<input type="file">` nativo) y, además, acepta archivos ' +
          'arrastrados sobre el campo. Revisa el tipo (`accept`) y el tamaño (`max-size`), anuncia los archivos ' +
          'elegidos y los envía con el formulario como un campo nativo.',
      },
    },
  },
} satisfies Meta<FileUploadArgs>;
export default meta;

type Story = StoryObj<FileUploadArgs>;

export const Default: Story = {
  name: 'Por defecto',
  args: {},
  render: (args) => fileUpload(args),
};

export const WithHint: Story = {
  name: 'Con ayuda y tipos aceptados',
  args: {
    label: 'Certificado de residencia',
    hint: 'Un archivo PDF, JPG o PNG de hasta 5 MB. Puede sacarle una foto con su teléfono.',
    name: 'certificado',
    accept: '.pdf,.jpg,.jpeg,.png',
    'max-size': '5 MB',
  },
  render: (args) => fileUpload(args),
  parameters: {
    docs: {
      description: {
        story:
          'Diga en la ayuda qué formatos y qué tamaño acepta. `accept` hace que el selector ofrezca esos ' +
          'tipos; si la persona elige otro, el campo lo explica: «El archivo debe ser PDF, JPG o PNG».',
      },
    },
  },
};

export const Multiple: Story = {
  name: 'Varios archivos',
  args: {
    label: 'Boletas de los gastos médicos',
    hint: 'Puede adjuntar varias boletas a la vez, en PDF o como fotos.',
    name: 'boletas',
    accept: '.pdf,image/*',
    multiple: true,
  },
  render: (args) =>
    fileUpload(
      args,
      dropped(() => [
        fakeFile('boleta-farmacia.pdf', 'application/pdf', 182_000),
        fakeFile('boleta-consulta.jpg', 'image/jpeg', 1_450_000),
      ]),
    ),
  parameters: {
    docs: {
      description: {
        story:
          'Con `multiple`, la persona puede elegir o arrastrar varios archivos. El campo los lista con su tamaño ' +
          'y anuncia cuántos eligió («2 archivos seleccionados»). Cada archivo se envía bajo el mismo nombre.',
      },
    },
  },
};

export const TooLarge: Story = {
  name: 'Archivo demasiado grande',
  args: {
    label: 'Foto tamaño carnet',
    hint: 'Una foto JPG o PNG de hasta 2 MB.',
    name: 'foto',
    accept: '.jpg,.jpeg,.png',
    'max-size': '2 MB',
  },
  render: (args) =>
    fileUpload(
      args,
      dropped(() => [fakeFile('foto-carnet.jpg', 'image/jpeg', 2_400_000)]),
    ),
  parameters: {
    docs: {
      description: {
        story:
          'La persona eligió una foto de 2,4 MB y el máximo (`max-size="2 MB"`) es 2 MB. El mensaje sale del ' +
          'catálogo, en el idioma de la página, con el tamaño escrito como se lee en Chile: «1,5 MB».',
      },
    },
  },
};

export const WithError: Story = {
  name: 'Con error del servidor',
  args: {
    label: 'Certificado de nacimiento',
    hint: 'Un archivo PDF de hasta 10 MB.',
    name: 'certificado-nacimiento',
    accept: '.pdf',
    'max-size': '10 MB',
    error: 'No pudimos leer el archivo. Suba el certificado en PDF, sin contraseña',
  },
  render: (args) => fileUpload(args),
  parameters: {
    docs: {
      description: {
        story:
          'Un mensaje que el servicio devolvió tras revisar el archivo en el servidor (atributo `error`). Se ' +
          'muestra y se anuncia igual que un mensaje del navegador. Diga qué hacer para corregirlo.',
      },
    },
  },
};

export const Required: Story = {
  name: 'Obligatorio',
  args: { label: 'Copia de su cédula de identidad', name: 'cedula', required: true },
  render: (args) => html`
    <form @submit=${showSubmission}>
      ${fileUpload(args)}
      <cor-button>Continuar</cor-button>
      <p><output></output></p>
    </form>
  `,
  parameters: {
    docs: {
      description: {
        story:
          'Presione «Continuar» sin elegir un archivo: aparece «Seleccione un archivo», en el idioma de la ' +
          'página. El mensaje no se muestra antes de que la persona intente enviar o elija un archivo.',
      },
    },
  },
};

export const Disabled: Story = {
  name: 'Deshabilitado',
  args: {
    label: 'Copia de su cédula de identidad',
    hint: 'Ya recibimos su cédula. No puede cambiarla en una solicitud enviada.',
    name: 'cedula',
    disabled: true,
  },
  render: (args) => fileUpload(args),
  parameters: {
    docs: {
      description: {
        story:
          'Un campo deshabilitado no se puede enfocar, no recibe archivos arrastrados y no se envía con el ' +
          'formulario.',
      },
    },
  },
};
