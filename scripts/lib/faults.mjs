// The deliberate faults of `npm run test:faults` (scripts/prove-suites-bite.mjs), and the suites
// that must catch them (issue 3, item 6). Each fault is a set of exact text edits on the sources
// of a scratch copy of the repository: `find` must occur exactly once in `file`, so a source that
// has moved on makes the proof fail loudly instead of silently applying nothing.
//
// `caughtBy` lists every suite that must fail with the fault in place, and `expect` the
// patterns (matched against that suite's output, ANSI codes removed) that show it failed for
// the right reason — a suite that breaks for some other reason proves nothing.
//
// Suite ids are the keys of SUITES in scripts/prove-suites-bite.mjs.

/** @typedef {{ file: string, find: string, replace: string }} Edit */
/** @typedef {{ suite: string, expect: RegExp[] }} Catch */
/** @typedef {{ name: string, what: string, edits: Edit[], caughtBy: Catch[] }} Fault */

const BUTTON = 'packages/components/src/components/button/button.ts';
const BUTTON_STYLES = 'packages/components/src/components/button/button.styles.ts';

/** @type {Fault[]} */
export const FAULTS = [
  {
    name: 'drops its label',
    what: 'cor-text-input renders an empty <label>',
    edits: [
      {
        file: 'packages/components/src/components/text-input/text-input.ts',
        find: 'label: toText(this.label),',
        replace: "label: '', // FAULT: the component drops its label",
      },
    ],
    caughtBy: [
      {
        suite: 'contract',
        expect: [
          // axe's `label` rule on the inner <input>…
          /❌ [^\n]*<cor-text-input> > [^\n]* > axe · [^\n]*/,
          /violation label \[critical\] at cor-text-input [^\n]*/,
          // …and the browser accessibility tree: the input has no name.
          /❌ [^\n]*<cor-text-input> > [^\n]* > ax-tree/,
          /cor-text-input > input[\w.-]*: no accessible name/,
        ],
      },
    ],
  },
  {
    name: 'reset does not restore',
    what: 'formResetCallback of the form core does nothing',
    edits: [
      {
        file: 'packages/components/src/core/form-control.ts',
        find: [
          '  formResetCallback(): void {',
          '    const old = this.value;',
          '    this.dirtyValue = undefined;',
          '    this.forgetInteraction();',
          "    this.requestUpdate('value', old);",
          '  }',
        ].join('\n'),
        replace: [
          '  formResetCallback(): void {',
          '    // FAULT: a reset that does not restore',
          '  }',
        ].join('\n'),
      },
    ],
    caughtBy: [
      {
        suite: 'parity',
        expect: [/❌ [^\n]*parity: cor-text-input · form\.reset\(\) returns to the default[^\n]*/],
      },
    ],
  },
  {
    name: 'hard-coded colour',
    what: 'color: #c00 in the button styles',
    edits: [
      {
        file: BUTTON_STYLES,
        find: '  .button:hover {\n    background: var(--_cor-background-hover);\n  }',
        replace:
          '  .button:hover {\n    background: var(--_cor-background-hover);\n' +
          '    color: #c00; /* FAULT: a hard-coded colour */\n  }',
      },
    ],
    caughtBy: [
      {
        suite: 'tokens-only',
        expect: [
          /not ok \d+ - component styles use tokens only/,
          /[\w/]*button\.styles\.ts:\d+ color: colour #c00/,
        ],
      },
    ],
  },
  {
    name: '20 px target',
    // Tokens only, so that tokens-only lets it through and the target-size check must catch it:
    // 1.5rem − 0.25rem = 20 px.
    what: 'the button is 20 px tall (calc of tokens, no literal)',
    edits: [
      {
        file: BUTTON_STYLES,
        find:
          '    min-block-size: var(--cor-button-min-height);\n' +
          '    margin: 0;\n' +
          '    padding: var(--cor-button-padding-block) var(--cor-button-padding-inline);\n',
        replace:
          '    min-block-size: 0; /* FAULT: a 20 px target */\n' +
          '    block-size: calc(var(--cor-size-target-min) - var(--cor-space-1));\n' +
          '    margin: 0;\n' +
          '    padding: 0 var(--cor-button-padding-inline);\n',
      },
      {
        file: BUTTON_STYLES,
        find: '    line-height: var(--cor-line-height-heading);\n',
        replace: '    line-height: 1;\n',
      },
    ],
    caughtBy: [
      {
        suite: 'contract',
        expect: [
          /❌ [^\n]*<cor-button> > [^\n]* > target-size/,
          /targets under 24 × 24 px:\s+cor-button > [^\n]*: [\d.]+ × 20\.0/,
        ],
      },
    ],
  },
  {
    name: 'style= binding',
    what: "style=${'color: red'} on the button's inner <button>",
    edits: [
      {
        file: BUTTON,
        find: 'return html`<button part="control" class=${classes} type="button"',
        replace:
          'return html`<button part="control" class=${classes} style=${\'color: red\'} type="button"',
      },
    ],
    caughtBy: [
      {
        suite: 'lint',
        expect: [/button\.ts\s+\d+:\d+\s+error\s+The attribute "style" is not allowed[^\n]*/],
      },
      {
        suite: 'csp',
        expect: [
          /❌ [^\n]*<cor-button> > [^\n]*without a violation/,
          /CSP violations:\s+style-src[-\w]* blocked inline[^\n]*/,
        ],
      },
    ],
  },
];
