// Patterns › Signing in with ClaveÚnica. The sign-in button is <cor-claveunica-button>, drawn to
// the ClaveÚnica button manual (colours, text, focus); Cordillera never copies the ClaveÚnica
// logo, the button's mark is its own drawing. Export only stories.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../packages/components/src/claveunica-button.js';
import { page } from './page.js';

const meta = {
  title: 'Patrones/Iniciar sesión con ClaveÚnica',
  id: 'patrones-iniciar-sesion-con-claveunica',
  tags: ['pattern', '!autodocs'],
  parameters: { controls: { disable: true } },
} satisfies Meta;
export default meta;

type Story = StoryObj;

export const StartPage: Story = {
  name: 'Página de inicio del trámite',
  render: () =>
    page(html`
      <h1 class="pat-h1">Solicitar el certificado de residencia</h1>
      <p class="pat-lead">Obtenga en línea el certificado que acredita dónde vive.</p>
      <p>Necesitará:</p>
      <ul>
        <li>su ClaveÚnica,</li>
        <li>su dirección actual, y</li>
        <li>un correo electrónico donde recibir el certificado.</li>
      </ul>
      <p>El trámite es gratuito y toma unos 5 minutos.</p>
      <cor-claveunica-button href="#iniciar-sesion-claveunica"></cor-claveunica-button>
      <h2 class="pat-h2">Si no tiene ClaveÚnica</h2>
      <p>
        Puede solicitarla en <a href="https://claveunica.gob.cl">claveunica.gob.cl</a>. También
        puede hacer este trámite en cualquier oficina de ChileAtiende, con su cédula de identidad.
      </p>
    `),
};

export const SignedIn: Story = {
  name: 'Después de iniciar sesión',
  render: () =>
    page(
      html`
        <h1 class="pat-h1">Revise sus datos</h1>
        <p>Obtuvimos estos datos de su ClaveÚnica. No necesita escribirlos.</p>
        <cor-text-input
          label="RUT"
          name="rut"
          value="12.345.678-5"
          width="10"
          readonly
        ></cor-text-input>
        <cor-text-input
          label="Nombre"
          name="nombre"
          value="María José Pérez Soto"
          readonly
        ></cor-text-input>
        <p>
          Si sus datos no son correctos, actualícelos en el Registro Civil.
          <a href="#no-es-usted">¿No es usted? Cierre la sesión</a>.
        </p>
        <cor-button href="#siguiente-paso">Continuar</cor-button>
      `,
      { service: 'Solicitar el certificado de residencia' },
    ),
};
