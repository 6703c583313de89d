// THE list of parity checks that an engine itself cannot run, or where the engine's own handling
// of form-associated custom elements departs from its native controls. Such a check is skipped in
// that engine with the reason below; never loosen an assertion instead.
import { engine, type Engine } from '../engine.js';

export interface ParityGap {
  engines: Engine[];
  check: string;
  /** Only for these elements (the engine's native twin of those departs); default: all. */
  tags?: string[];
  reason: string;
}

const FIREFOX_WRITTEN_RESTORE =
  'Firefox does not restore the state of a form-associated custom element that document.write ' +
  'inserted (a minimal custom element with formStateRestoreCallback shows the same; a native ' +
  '<input> beside it is restored). restore.html must write the twins with document.write: ' +
  'browsers restore parser-created controls only, and the markup comes from twins.ts.';

export const ENGINE_GAPS: ParityGap[] = [
  { engines: ['firefox'], check: 'parity:state-restore', reason: FIREFOX_WRITTEN_RESTORE },
  // Without a restore in Firefox, "not restored" would pass for the wrong reason.
  {
    engines: ['firefox'],
    check: 'parity:state-restore-autocomplete-off',
    reason: FIREFOX_WRITTEN_RESTORE,
  },
  { engines: ['firefox'], check: 'parity:state-restore-password', reason: FIREFOX_WRITTEN_RESTORE },
  {
    engines: ['webkit'],
    check: 'parity:state-restore-autocomplete-off',
    tags: ['cor-textarea'],
    reason:
      'WebKit restores a native <textarea autocomplete="off"> after a history navigation (its ' +
      '<input autocomplete="off"> it does not); HTML says autocomplete="off" keeps the value ' +
      'from being restored, and the component follows HTML, as Chromium and Firefox do.',
  },
  {
    engines: ['chromium'],
    check: 'parity:autofocus',
    reason:
      "Chromium's dialog focusing steps do not take a delegatesFocus shadow host with autofocus " +
      'as the autofocus delegate (HTML "autofocus delegate", whatwg/html#7285, #12649); ' +
      'Firefox and WebKit focus it. Page-load autofocus cannot be compared at all: a ' +
      'top-level document autofocuses once, and its iframes share that flag.',
  },
  {
    engines: ['firefox'],
    check: 'parity:user-invalid-script-then-leave',
    reason:
      'Firefox counts a value set by script as a change when the control is later focused and ' +
      'left, and starts :user-invalid; Chromium and WebKit (and the HTML user-validity rules) ' +
      'do not. The component follows the standard.',
  },
];

/** Why `check` cannot run in this engine, or undefined when it runs. */
export function parityGap(
  check: string,
  current: Engine = engine(),
  tag?: string,
): string | undefined {
  return ENGINE_GAPS.find(
    (gap) =>
      gap.check === check &&
      gap.engines.includes(current) &&
      (!gap.tags || (tag !== undefined && gap.tags.includes(tag))),
  )?.reason;
}
