// Patterns › Confirmation page: the service says it got the application, gives a reference
// and says what happens next. Export only stories.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { page } from './page.js';

const meta = {
  title: 'Patrones/Página de confirmación',
  id: 'patrones-pagina-de-confirmacion',
  tags: ['pattern', '!autodocs'],
  parameters: { controls: { disable: true } },
} satisfies Meta;
export default meta;

type Story = StoryObj;

export const Confirmation: Story = {
  name: 'Solicitud enviada',
  render: () =>
    page(html`
      <div class="pat-panel">
        <h1 class="pat-panel-title">Solicitud enviada</h1>
        <p class="pat-reference">
          Su número de seguimiento es
          <strong>SOL-2026-004512</strong>
        </p>
      </div>
      <p>Le enviamos un correo de confirmación a maria.perez@ejemplo.cl con este número.</p>
      <h2 class="pat-h2">Qué pasa ahora</h2>
      <p>
        Revisaremos su solicitud y le enviaremos el certificado por correo en un plazo de 3 días
        hábiles.
      </p>
      <p>
        Si necesita saber en qué va su solicitud, llame al 101 o escríbanos con su número de
        seguimiento.
      </p>
      <p><a href="#estado-solicitud">Vea el estado de su solicitud</a></p>
      <h2 class="pat-h2">Ayúdenos a mejorar</h2>
      <p><a href="#encuesta">¿Qué le pareció este trámite?</a> (le tomará 30 segundos)</p>
    `),
};
