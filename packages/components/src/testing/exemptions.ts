// THE one file where a component opts out of a shared check (contract, form parity, bad input…).
// Every exemption names the tag, the check and why; a check id is `<suite>:<check>`, e.g.
// 'parity:label-click' or 'contract:reflow', and `<suite>:*` exempts the tag from a whole suite.
// An exemption is a debt: keep the reason precise enough that someone can remove it later.

export interface Exemption {
  /** The element, e.g. 'cor-text-input'. */
  tag: string;
  /** The check id, `<suite>:<check>`, or `<suite>:*` for every check of a suite. */
  check: string;
  /** Why the component cannot or should not pass it. Required, never empty. */
  reason: string;
}

/** The form core's one documented difference, which every text-like control shares. */
const userInvalidFromFormValidity = (tag: string): Exemption => ({
  tag,
  check: 'parity:user-invalid-form-validity',
  reason:
    'form.checkValidity() and form.reportValidity() fire `invalid` on the control exactly as ' +
    'a submit attempt does, and nothing tells the two apart, so they also start ' +
    ':state(user-invalid) (docs/architecture.md, "Known difference"). Native controls only ' +
    'start :user-invalid on a real submit attempt.',
});

export const EXEMPTIONS: Exemption[] = [
  userInvalidFromFormValidity('cor-text-input'),
  userInvalidFromFormValidity('cor-phone-input'),
  userInvalidFromFormValidity('cor-rut-input'),
  userInvalidFromFormValidity('cor-textarea'),
  userInvalidFromFormValidity('cor-password-input'),
  userInvalidFromFormValidity('cor-file-upload'),
  userInvalidFromFormValidity('cor-date-input'),
  userInvalidFromFormValidity('cor-radios'),
  {
    tag: 'cor-select',
    check: 'bad-input:typed-text',
    reason:
      'The check types text into an empty control; a select is not typed into (typing only ' +
      'moves between options, and an empty select has none), natively either. The same ' +
      'promise — the chosen option survives every bad value of every attribute and property — ' +
      'is tested in select.test.ts. A bad-input check that chooses an option for controls ' +
      'whose [part~="control"] is a <select> would remove this.',
  },
];

for (const { tag, check, reason } of EXEMPTIONS) {
  // A reason-less or malformed exemption fails every suite that imports this file.
  if (!/^[a-z][a-z0-9]*-[a-z0-9-]*$/.test(tag)) throw new Error(`exemptions.ts: bad tag "${tag}"`);
  if (!/^[a-z][a-z0-9-]*:(\*|[a-z0-9][a-z0-9-]*)$/.test(check)) {
    throw new Error(`exemptions.ts: ${tag}: bad check id "${check}" (want "<suite>:<check>")`);
  }
  if (!reason?.trim()) throw new Error(`exemptions.ts: ${tag} / ${check} has no reason`);
}

/** How many exemptions there are, for the `npm test` summary line. */
export const EXEMPTION_COUNT = EXEMPTIONS.length;

/** The exemption of `tag` from `check` (exact, or through `<suite>:*`), if any. */
export function exemptionFor(tag: string, check: string): Exemption | undefined {
  const suite = check.split(':')[0];
  return EXEMPTIONS.find((e) => e.tag === tag && (e.check === check || e.check === `${suite}:*`));
}

/** Why `tag` is exempted from `check`, or undefined when the check applies. */
export function exempted(tag: string, check: string): string | undefined {
  return exemptionFor(tag, check)?.reason;
}
