// The checks of the component contract, by id: engine-gaps.ts lists them as they are, and
// exemptions.ts as `contract:<id>` (e.g. 'contract:reflow').
export const CONTRACT_CHECKS = {
  axe: 'axe-core WCAG 2.2 AA + best practice: 0 violations, 0 untriaged incomplete',
  'axe-forced-colors': 'the same axe run under forced-colors: active',
  keyboard: 'every Tab stop reached with Tab and Shift+Tab, mirrored order, no trap',
  'focus-ring': 'outline ≥ 2 px; outline or inner ring ≥ 3:1 on the background, every theme',
  'target-size': 'every interactive part ≥ 24 × 24 CSS px',
  reflow: 'no horizontal overflow at 320 CSS px',
  'text-spacing': 'the WCAG 1.4.12 text-spacing sheet clips nothing',
  'forced-colors': 'borders and focus outlines survive forced-colors: active',
  'reduced-motion': 'no transition or animation over 10 ms with prefers-reduced-motion: reduce',
  'ax-tree': 'role, name and states in the browser accessibility tree',
  'tokens-only': 'component styles use no colour, length or font literal (Node test)',
} as const;

export type ContractCheck = keyof typeof CONTRACT_CHECKS;
