// Lit templates of the foundations pages. Everything shown comes from ./data.ts (the token
// sources and build); the only hand-written text is the Spanish framing around it.
import { html, nothing, type TemplateResult } from 'lit';
import '../../packages/components/src/button.js';
import '../../packages/components/src/text-input.js';
import {
  KIND_LABELS,
  THEMES,
  THEME_LABELS,
  TOKENS,
  byPrefix,
  byType,
  contrastOf,
  cssVar,
  describeIn,
  formatNumber,
  formatRatio,
  inPixels,
  referenceIn,
  referencedBy,
  themeDifferences,
  valueIn,
  type ContrastEntry,
  type TokenInfo,
} from './data.js';
import { adoptFoundationStyles } from './styles.js';
import type { ThemeName } from '@cordillera/tokens';

const code = (text: string) => html`<code>${text}</code>`;

const joined = (items: TemplateResult[], separator = ', ') =>
  items.map((item, i) => html`${i > 0 ? separator : ''}${item}`);

/** `1.125rem (18 px)`. */
function valueText(value: string): string {
  const px = inPixels(value);
  return px && px !== value ? `${value} (${px})` : value;
}

/** The values other themes give a token, when they differ from light. */
function themeValues(token: TokenInfo): TemplateResult | typeof nothing {
  const differences = themeDifferences(token.name);
  if (differences.length === 0) return nothing;
  return html`<ul class="fnd-themes">
    ${differences.map(
      ({ theme, value }) => html`<li>${THEME_LABELS[theme]}: ${code(valueText(value))}</li>`,
    )}
  </ul>`;
}

function usedBy(token: TokenInfo): TemplateResult | typeof nothing {
  const users = referencedBy(token.name);
  if (users.length === 0) return nothing;
  return html`<p class="fnd-meta">Lo usan: ${joined(users.map((u) => code(cssVar(u.name))))}</p>`;
}

/** Name, light value (and the other themes' values), description and users of a token. */
function tokenFacts(token: TokenInfo, { otherThemes = true } = {}): TemplateResult {
  return html`
    <p class="fnd-name">${code(cssVar(token.name))}</p>
    <p class="fnd-meta">${valueText(valueIn('light', token.name))}</p>
    ${otherThemes ? themeValues(token) : nothing}
    <p class="fnd-desc" lang="en">${token.description}</p>
    ${usedBy(token)}
  `;
}

// ----- Colour -----

/** Groups of semantic colours, by the first word of the role (`text-secondary` → text). */
const COLOR_GROUPS: [string, string][] = [
  ['text', 'Texto'],
  ['surface', 'Superficies'],
  ['border', 'Bordes'],
  ['action', 'Acciones'],
  ['danger', 'Acciones destructivas'],
  ['link', 'Enlaces'],
  ['error', 'Estados'],
  ['success', 'Estados'],
  ['focus', 'Foco'],
  ['disabled', 'Controles deshabilitados'],
];
const COMPONENT_LABELS: Record<string, string> = {
  button: 'Tokens de color del botón',
  input: 'Tokens de color del campo de texto',
};

interface Group {
  label: string;
  tokens: TokenInfo[];
}

function colorGroups(): Group[] {
  const groups = new Map<string, TokenInfo[]>();
  const add = (label: string, token: TokenInfo) =>
    groups.set(label, [...(groups.get(label) ?? []), token]);
  for (const label of new Set(COLOR_GROUPS.map(([, l]) => l))) groups.set(label, []);
  for (const token of byType('color', 'semantic')) {
    const role = (token.segments[1] ?? '').split('-')[0] ?? '';
    add(COLOR_GROUPS.find(([prefix]) => prefix === role)?.[1] ?? 'Otros colores', token);
  }
  for (const token of byType('color', 'components')) {
    const component = token.segments[0] ?? '';
    add(COMPONENT_LABELS[component] ?? `Tokens de color de ${component}`, token);
  }
  return [...groups]
    .filter(([, tokens]) => tokens.length > 0)
    .map(([label, tokens]) => ({ label, tokens }));
}

function contrastItem(entry: ContrastEntry): TemplateResult {
  const others = joined(entry.other.map(code), ' o ');
  const relation = entry.isBackground ? html`Con ${others} encima` : html`Sobre ${others}`;
  if (entry.exemptReason !== undefined) {
    return html`<li class="fnd-pair">
      <span
        class="fnd-sample fnd-sample-ui fnd-bd-${entry.foreground[0]} fnd-bg-${entry.background}"
        aria-hidden="true"
      ></span>
      <span>${relation}: sin mínimo. <span lang="en">${entry.exemptReason}</span></span>
    </li>`;
  }
  const minimum = entry.minimum ?? 0;
  const ratio = entry.ratio ?? 0;
  const isText = entry.kind === 'text' || entry.kind === 'large-text';
  const sampleClass = isText
    ? `fnd-fg-${entry.foreground[0]} fnd-bg-${entry.background} ${entry.kind === 'large-text' ? 'fnd-sample-large' : ''}`
    : entry.foreground.length > 1
      ? `fnd-sample-ring fnd-bg-${entry.background}`
      : `fnd-sample-ui fnd-bd-${entry.foreground[0]} fnd-bg-${entry.background}`;
  return html`<li class="fnd-pair">
    <span class="fnd-sample ${sampleClass}" aria-hidden="true">${isText ? 'Aa' : nothing}</span>
    <span
      >${relation}: <strong>${formatRatio(ratio, minimum)}</strong> ·
      ${KIND_LABELS[entry.kind] ?? entry.kind}, mínimo ${formatNumber(minimum)} ·
      ${entry.pass ? html`cumple` : html`<span class="fnd-fail">no cumple</span>`}</span
    >
  </li>`;
}

function colorItem(theme: ThemeName, token: TokenInfo): TemplateResult {
  const reference = referenceIn(theme, token);
  const pairs = contrastOf(theme, token.name);
  return html`<li class="fnd-item">
    <span class="fnd-swatch fnd-bg-${token.name}" aria-hidden="true"></span>
    <div class="fnd-item-body">
      <p class="fnd-name">${code(cssVar(token.name))}</p>
      <p class="fnd-meta">
        ${valueIn(theme, token.name)}${reference ? html` · de ${code(reference)}` : nothing}
      </p>
      <p class="fnd-desc" lang="en">${describeIn(theme, token)}</p>
      ${
        pairs.length
          ? html`<ul class="fnd-pairs">
              ${pairs.map(contrastItem)}
            </ul>`
          : nothing
      }
    </div>
  </li>`;
}

/** Every semantic (and component) colour of one theme, painted by that theme. */
export function colorTheme(theme: ThemeName): TemplateResult {
  adoptFoundationStyles();
  return html`<div class="fnd" data-cor-theme=${theme}>
    <p class="fnd-lead">
      Tema <strong>${THEME_LABELS[theme]}</strong>, ${code(`data-cor-theme="${theme}"`)}. Cada
      muestra está pintada con la propiedad CSS del token dentro de este tema; el contraste se
      calcula con la fórmula de WCAG 2.2 para cada par declarado en
      ${code('tokens/src/contrast-pairs.json')}.
    </p>
    ${colorGroups().map(
      (group) => html`
        <h3 class="fnd-heading">${group.label}</h3>
        <ul class="fnd-list">
          ${group.tokens.map((token) => colorItem(theme, token))}
        </ul>
      `,
    )}
  </div>`;
}

const HUES: Record<string, string> = {
  white: 'Blanco y negro',
  black: 'Blanco y negro',
  gray: 'Grises',
  blue: 'Azules',
  red: 'Rojos',
  green: 'Verdes',
  teal: 'Verdes azulados',
  purple: 'Morados',
  yellow: 'Amarillos',
};

/** The palette (primitives): the same in every theme. */
export function palette(): TemplateResult {
  adoptFoundationStyles();
  const groups = new Map<string, TokenInfo[]>();
  for (const token of byType('color', 'primitives')) {
    const hue = token.segments[1] ?? '';
    const label = HUES[hue] ?? hue;
    groups.set(label, [...(groups.get(label) ?? []), token]);
  }
  return html`<div class="fnd">
    ${[...groups].map(
      ([label, tokens]) => html`
        <h3 class="fnd-heading">${label}</h3>
        <ul class="fnd-list">
          ${tokens.map(
            (token) =>
              html`<li class="fnd-item">
                <span class="fnd-swatch fnd-bg-${token.name}" aria-hidden="true"></span>
                <div class="fnd-item-body">
                  <p class="fnd-name">${code(cssVar(token.name))}</p>
                  <p class="fnd-meta">${valueIn('light', token.name)}</p>
                  <p class="fnd-desc" lang="en">${token.description}</p>
                </div>
              </li>`,
          )}
        </ul>
      `,
    )}
  </div>`;
}

// ----- Typography -----

const SAMPLE_TEXT = 'Solicite su certificado de nacimiento';

export function typography(): TemplateResult {
  adoptFoundationStyles();
  const row = (token: TokenInfo, sampleClass: string) =>
    html`<li class="fnd-row">
      <p class="fnd-type-sample ${sampleClass}">${SAMPLE_TEXT}</p>
      <div class="fnd-item-body">${tokenFacts(token)}</div>
    </li>`;
  return html`<div class="fnd">
    <h2 class="fnd-heading">Tamaños</h2>
    <ul class="fnd-rows">
      ${byPrefix('font-size').map((t) => row(t, `fnd-fs-${t.name}`))}
    </ul>
    <h2 class="fnd-heading">Pesos</h2>
    <ul class="fnd-rows">
      ${byPrefix('font-weight').map((t) => row(t, `fnd-fw-${t.name}`))}
    </ul>
    <h2 class="fnd-heading">Interlineado</h2>
    <ul class="fnd-rows">
      ${byPrefix('line-height').map(
        (t) =>
          html`<li class="fnd-row">
            <p class="fnd-lh-${t.name}">
              Para completar su solicitud necesita su RUN y un correo electrónico. Le enviaremos una
              copia del certificado a ese correo en un plazo de dos días hábiles.
            </p>
            <div class="fnd-item-body">${tokenFacts(t)}</div>
          </li>`,
      )}
    </ul>
    <h2 class="fnd-heading">Familias tipográficas</h2>
    <ul class="fnd-rows">
      ${byType('fontFamily').map(
        (t) =>
          html`<li class="fnd-row">
            <div class="fnd-item-body">${tokenFacts(t)}</div>
            <div class="fnd-family">
              ${THEMES.filter(
                (theme) => theme === 'light' || valueIn(theme, t.name) !== valueIn('light', t.name),
              ).map(
                (theme) =>
                  html`<p class="fnd-family-sample fnd-ff-${t.name}" data-cor-theme=${theme}>
                    ${THEME_LABELS[theme]}: ${SAMPLE_TEXT}
                  </p>`,
              )}
            </div>
          </li>`,
      )}
    </ul>
  </div>`;
}

// ----- Space, sizes and borders -----

export function spacing(): TemplateResult {
  adoptFoundationStyles();
  const row = (token: TokenInfo, sample: TemplateResult) =>
    html`<li class="fnd-row">
      ${sample}
      <div class="fnd-item-body">${tokenFacts(token)}</div>
    </li>`;
  return html`<div class="fnd">
    <h2 class="fnd-heading">Espacios</h2>
    <ul class="fnd-rows">
      ${byPrefix('space').map((t) =>
        row(t, html`<span class="fnd-bar fnd-w-${t.name}" aria-hidden="true"></span>`),
      )}
    </ul>
    <h2 class="fnd-heading">Tamaños</h2>
    <ul class="fnd-rows">
      ${byPrefix('size').map((t) =>
        row(t, html`<span class="fnd-square fnd-sq-${t.name}" aria-hidden="true"></span>`),
      )}
    </ul>
    <h2 class="fnd-heading">Grosores de borde</h2>
    <ul class="fnd-rows">
      ${byPrefix('border').map((t) =>
        row(t, html`<span class="fnd-line fnd-line-${t.name}" aria-hidden="true"></span>`),
      )}
    </ul>
  </div>`;
}

// ----- Radii -----

export function radii(): TemplateResult {
  adoptFoundationStyles();
  return html`<div class="fnd">
    <ul class="fnd-list">
      ${byPrefix('radius').map(
        (t) =>
          html`<li class="fnd-item">
            <span class="fnd-box fnd-radius-${t.name}" aria-hidden="true"></span>
            <div class="fnd-item-body">${tokenFacts(t)}</div>
          </li>`,
      )}
    </ul>
  </div>`;
}

// ----- Focus -----

const FOCUS_BACKGROUNDS = ['color-surface', 'color-surface-subtle', 'color-action'];

export function focus(): TemplateResult {
  adoptFoundationStyles();
  const tokensOfRing = [...byPrefix('focus'), ...byPrefix('color-focus')];
  return html`<div class="fnd">
    <h2 class="fnd-heading">El anillo sobre distintos fondos</h2>
    <ul class="fnd-ring-demos">
      ${FOCUS_BACKGROUNDS.filter((name) => TOKENS.some((t) => t.name === name)).map(
        (name) =>
          html`<li class="fnd-ring-demo">
            <span class="fnd-ring-area fnd-bg-${name}" aria-hidden="true"
              ><span class="fnd-ring"></span
            ></span>
            ${code(cssVar(name))}
          </li>`,
      )}
    </ul>
    <h2 class="fnd-heading">Pruébelo con el teclado</h2>
    <p class="fnd-lead">Pulse la tecla Tab para llevar el foco al campo y al botón.</p>
    <cor-text-input label="Campo de ejemplo" name="ejemplo-foco" width="20"></cor-text-input>
    <cor-button type="button">Botón de ejemplo</cor-button>
    <h2 class="fnd-heading">Tokens</h2>
    <ul class="fnd-rows">
      ${tokensOfRing.map(
        (t) =>
          html`<li class="fnd-row">
            <div class="fnd-item-body">
              ${tokenFacts(t, { otherThemes: t.type !== 'color' })}
              ${
                t.type === 'color'
                  ? html`<ul class="fnd-themes">
                      ${THEMES.map(
                        (theme) =>
                          html`<li>${THEME_LABELS[theme]}: ${code(valueIn(theme, t.name))}</li>`,
                      )}
                    </ul>`
                  : nothing
              }
            </div>
          </li>`,
      )}
    </ul>
  </div>`;
}

// ----- Breakpoints -----

export function breakpoints(): TemplateResult {
  adoptFoundationStyles();
  const points = byPrefix('breakpoint');
  return html`<div class="fnd">
    <h2 class="fnd-heading">Anchos de pantalla</h2>
    <ul class="fnd-diagram">
      <li>
        <span class="fnd-diagram-bar fnd-bp-min" aria-hidden="true"></span>
        320 px: el ancho mínimo que todo componente debe soportar sin desplazamiento horizontal.
      </li>
      ${points.map(
        (t) =>
          html`<li>
            <span class="fnd-diagram-bar fnd-bp-${t.name}" aria-hidden="true"></span>
            ${code(cssVar(t.name))}: ${valueText(valueIn('light', t.name))}
          </li>`,
      )}
    </ul>
    <h2 class="fnd-heading">Tokens</h2>
    <ul class="fnd-rows">
      ${points.map(
        (t) => html`<li class="fnd-row"><div class="fnd-item-body">${tokenFacts(t)}</div></li>`,
      )}
    </ul>
  </div>`;
}

// ----- Motion -----

function toggleMotion(event: Event): void {
  const demo = (event.currentTarget as Element).closest('.fnd-motion');
  for (const dot of demo?.querySelectorAll('.fnd-dot') ?? []) dot.classList.toggle('fnd-moved');
}

export function motion(): TemplateResult {
  adoptFoundationStyles();
  const easing = byType('cubicBezier')[0];
  return html`<div class="fnd">
    <h2 class="fnd-heading">Duraciones</h2>
    <div class="fnd-motion">
      <ul class="fnd-rows">
        ${byType('duration').map(
          (t) =>
            html`<li class="fnd-row">
              <div class="fnd-track" aria-hidden="true">
                <span
                  class="fnd-dot fnd-dur-${t.name} ${easing ? `fnd-ease-${easing.name}` : ''}"
                ></span>
              </div>
              <div class="fnd-item-body">${tokenFacts(t)}</div>
            </li>`,
        )}
      </ul>
      <cor-button type="button" variant="secondary" @click=${toggleMotion}
        >Mover los círculos</cor-button
      >
    </div>
    <h2 class="fnd-heading">Curvas</h2>
    <ul class="fnd-rows">
      ${byType('cubicBezier').map(
        (t) => html`<li class="fnd-row"><div class="fnd-item-body">${tokenFacts(t)}</div></li>`,
      )}
    </ul>
  </div>`;
}
