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

export const EXEMPTIONS: Exemption[] = [
  {
    tag: 'cor-text-input',
    check: 'parity:user-invalid-form-validity',
    reason:
      'form.checkValidity() and form.reportValidity() fire `invalid` on the control exactly as ' +
      'a submit attempt does, and nothing tells the two apart, so they also start ' +
      ':state(user-invalid) (docs/architecture.md, "Known difference"). Native controls only ' +
      'start :user-invalid on a real submit attempt.',
  },
  {
    tag: 'cor-phone-input',
    check: 'parity:user-invalid-form-validity',
    reason:
      'form.checkValidity() and form.reportValidity() fire `invalid` on the control exactly as ' +
      'a submit attempt does, and nothing tells the two apart, so they also start ' +
      ':state(user-invalid) (docs/architecture.md, "Known difference"). Native controls only ' +
      'start :user-invalid on a real submit attempt.',
  },
  {
    tag: 'cor-rut-input',
    check: 'parity:user-invalid-form-validity',
    reason:
      'form.checkValidity() and form.reportValidity() fire `invalid` on the control exactly as ' +
      'a submit attempt does, and nothing tells the two apart, so they also start ' +
      ':state(user-invalid) (docs/architecture.md, "Known difference"). Native controls only ' +
      'start :user-invalid on a real submit attempt.',
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
