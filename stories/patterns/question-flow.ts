// A whole service built from one question per page (Patterns › Question pages): the question as
// the page heading, an error summary, and either validation in the browser or a simulated server
// that validates the submitted FormData and returns the same page with every control's `error`
// attribute set. Not a story module: question-pages.stories.ts renders it.
import { comunas } from '../../packages/components/src/chile-territory.js';
import '../../packages/components/src/button.js';
import '../../packages/components/src/checkboxes.js';
import '../../packages/components/src/date-input.js';
import '../../packages/components/src/error-summary.js';
import '../../packages/components/src/file-upload.js';
import '../../packages/components/src/radios.js';
import '../../packages/components/src/region-comuna.js';
import '../../packages/components/src/text-input.js';
import '../../packages/components/src/textarea.js';
import { html, nothing, render, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { page } from './page.js';

export type Mode = 'browser' | 'server';

/** Field id → message, as a server returns them (the id is the control's `id`). */
type Errors = Record<string, string>;

interface Question {
  /** The control's id: the error summary links to it. */
  id: string;
  /** The page's title, for `<title>` and the check-answers list. */
  title: string;
  render(errors: Errors): TemplateResult;
  /** What the service's server would check, on the submitted data. */
  validate(data: FormData): Errors;
  /** The answer, as the check-answers page shows it. */
  answer(data: FormData): string;
}

const SERVICE = 'Solicitud de apoyo para el hogar';
const text = (data: FormData, name: string) => String(data.get(name) ?? '').trim();
const err = (errors: Errors, id: string) => errors[id] ?? '';

const QUESTIONS: Question[] = [
  {
    id: 'flujo-comuna',
    title: '¿En qué comuna vive?',
    render: (errors) =>
      html`<cor-region-comuna
        id="flujo-comuna"
        legend="¿En qué comuna vive?"
        legend-size="l"
        heading
        hint="La de su domicilio actual."
        error=${err(errors, 'flujo-comuna')}
        required
      ></cor-region-comuna>`,
    validate(data): Errors {
      const region = text(data, 'region');
      const comuna = comunas.find((c) => c.code === text(data, 'comuna'));
      if (!region) return { 'flujo-comuna': 'Seleccione la región en que vive' };
      if (!comuna || comuna.regionCode !== region) {
        return { 'flujo-comuna': 'Seleccione la comuna en que vive' };
      }
      return {};
    },
    answer: (data) => comunas.find((c) => c.code === text(data, 'comuna'))?.name ?? '',
  },
  {
    id: 'flujo-nacimiento',
    title: '¿Cuál es su fecha de nacimiento?',
    render: (errors) =>
      html`<cor-date-input
        id="flujo-nacimiento"
        name="nacimiento"
        legend="¿Cuál es su fecha de nacimiento?"
        legend-size="l"
        heading
        hint="Por ejemplo, 27 3 1985"
        autocomplete="bday"
        past
        error=${err(errors, 'flujo-nacimiento')}
        required
      ></cor-date-input>`,
    validate: (data): Errors =>
      text(data, 'nacimiento')
        ? {}
        : { 'flujo-nacimiento': 'Ingrese su fecha de nacimiento completa, por ejemplo 27 3 1985' },
    answer: (data) => text(data, 'nacimiento').split('-').reverse().join('-'),
  },
  {
    id: 'flujo-situacion',
    title: '¿Alguna de estas situaciones se aplica a usted?',
    render: (errors) =>
      html`<cor-checkboxes
        id="flujo-situacion"
        name="situacion"
        legend="¿Alguna de estas situaciones se aplica a usted?"
        legend-size="l"
        heading
        hint="Seleccione todas las que correspondan."
        error=${err(errors, 'flujo-situacion')}
        required
      >
        <cor-checkbox value="discapacidad" label="Tengo una discapacidad"></cor-checkbox>
        <cor-checkbox value="cuidador" label="Cuido a una persona dependiente"></cor-checkbox>
        <cor-checkbox value="pension" label="Recibo una pensión"></cor-checkbox>
        <cor-checkbox value="ninguna" label="Ninguna de estas" exclusive divider></cor-checkbox>
      </cor-checkboxes>`,
    validate: (data): Errors =>
      data.getAll('situacion').length
        ? {}
        : {
            'flujo-situacion':
              'Seleccione las situaciones que se aplican a usted, o «Ninguna de estas»',
          },
    answer: (data) => data.getAll('situacion').join(', '),
  },
  {
    id: 'flujo-respuesta',
    title: '¿Cómo quiere recibir la respuesta?',
    render: (errors) =>
      html`<cor-radios
        id="flujo-respuesta"
        name="respuesta"
        legend="¿Cómo quiere recibir la respuesta?"
        legend-size="l"
        heading
        error=${err(errors, 'flujo-respuesta')}
        required
      >
        <cor-radio value="correo" label="Por correo electrónico">
          <cor-text-input
            slot="conditional"
            id="flujo-correo"
            name="correo"
            type="email"
            autocomplete="email"
            spellcheck="false"
            label="Correo electrónico"
            error=${err(errors, 'flujo-correo')}
            required
          ></cor-text-input>
        </cor-radio>
        <cor-radio value="sucursal" label="En una sucursal ChileAtiende"></cor-radio>
      </cor-radios>`,
    validate(data): Errors {
      const choice = text(data, 'respuesta');
      if (!choice) return { 'flujo-respuesta': 'Seleccione cómo quiere recibir la respuesta' };
      if (choice === 'correo' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text(data, 'correo'))) {
        return { 'flujo-correo': 'Ingrese un correo electrónico, como nombre@ejemplo.cl' };
      }
      return {};
    },
    answer: (data) =>
      text(data, 'respuesta') === 'correo' ? `Correo: ${text(data, 'correo')}` : 'Sucursal',
  },
  {
    id: 'flujo-motivo',
    title: 'Cuéntenos por qué necesita el apoyo',
    render: (errors) =>
      html`<cor-textarea
        id="flujo-motivo"
        name="motivo"
        maxlength="300"
        hint="No incluya datos de salud de otras personas."
        error=${err(errors, 'flujo-motivo')}
        required
        ><h1 slot="label" class="pat-h1-label">
          Cuéntenos por qué necesita el apoyo
        </h1></cor-textarea
      >`,
    validate(data): Errors {
      const motivo = text(data, 'motivo');
      if (!motivo) return { 'flujo-motivo': 'Cuéntenos por qué necesita el apoyo' };
      if ([...motivo].length > 300) {
        return { 'flujo-motivo': 'Escriba 300 caracteres o menos' };
      }
      return {};
    },
    answer: (data) => text(data, 'motivo'),
  },
  {
    id: 'flujo-documento',
    title: 'Adjunte su certificado de residencia',
    render: (errors) =>
      html`<cor-file-upload
        id="flujo-documento"
        name="documento"
        accept=".pdf,image/jpeg,image/png"
        max-size="5 MB"
        hint="Un PDF o una foto, de menos de 5 MB."
        error=${err(errors, 'flujo-documento')}
        required
        ><h1 slot="label" class="pat-h1-label">
          Adjunte su certificado de residencia
        </h1></cor-file-upload
      >`,
    validate(data): Errors {
      const file = data.get('documento');
      return file instanceof File && file.size > 0
        ? {}
        : { 'flujo-documento': 'Seleccione su certificado de residencia' };
    },
    answer: (data) => (data.get('documento') as File | null)?.name ?? '',
  },
];

/** One run of the service, rendered into `host`. */
class Flow {
  private step = 0;
  private errors: Errors = {};
  private readonly answers: [string, string][] = [];

  constructor(
    private readonly host: HTMLElement,
    private readonly mode: Mode,
  ) {
    this.show();
  }

  private show(): void {
    render(this.template(), this.host);
  }

  private template(): TemplateResult {
    const question = QUESTIONS[this.step];
    if (!question) return this.checkAnswers();
    const errorList = Object.entries(this.errors);
    const server = this.mode === 'server';
    return page(
      html`${
          server
            ? // The page as the server returns it: one link per error, the page title with "Error: ".
              html`<cor-error-summary update-title>
                ${errorList.map(([id, message]) => html`<a href="#${id}">${message}</a>`)}
              </cor-error-summary>`
            : html`<cor-error-summary for="flujo-formulario" update-title></cor-error-summary>`
        }
        <form
          id="flujo-formulario"
          ?novalidate=${server}
          @submit=${(event: SubmitEvent) => this.submit(event, question)}
        >
          ${question.render(this.errors)}
          <cor-button>Continuar</cor-button>
        </form>
        <p class="pat-hint">Paso ${this.step + 1} de ${QUESTIONS.length}</p>`,
      { service: SERVICE, back: this.step > 0 },
    );
  }

  private submit(event: SubmitEvent, question: Question): void {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    // In the browser mode the form only submits once the browser found nothing wrong; the
    // server checks again either way (a real service always does).
    this.errors = question.validate(data);
    if (Object.keys(this.errors).length === 0) {
      this.answers.push([question.title, question.answer(data)]);
      this.step++;
      // A new page: start reading from the top, as after a real page load.
      render(nothing, this.host);
    }
    this.show();
    if (Object.keys(this.errors).length === 0) this.host.scrollIntoView({ block: 'start' });
  }

  private checkAnswers(): TemplateResult {
    return page(
      html`<h1 class="pat-h1">Revise sus respuestas</h1>
        <dl class="pat-summary">
          ${this.answers.map(
            ([question, answer]) =>
              html`<div class="pat-summary-row">
                <dt>${question}</dt>
                <dd>${answer}</dd>
              </div>`,
          )}
        </dl>
        <p class="pat-status" role="status">
          Fin del ejemplo: un servicio enviaría ahora la solicitud.
        </p>`,
      { service: SERVICE, back: true },
    );
  }
}

/** The whole service, from its first question, validated in the browser or by a "server". */
export const questionFlow = (mode: Mode) =>
  html`<div
    ${ref((host) => {
      if (host instanceof HTMLElement && !host.dataset.started) {
        host.dataset.started = 'true';
        new Flow(host, mode);
      }
    })}
  ></div>`;
