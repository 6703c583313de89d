// The axe part of the contract: one story in one theme and language, and the same under forced
// colours. The themes and languages come from themes.ts, the rules from axe.ts.
import { axeCheck, type AxeTriageEntry } from '../axe.js';
import { withForcedColors } from '../themes.js';

/** Triage valid only under forced colours (engine: Chromium, the only one that can emulate it). */
export const FORCED_COLORS_TRIAGE: AxeTriageEntry[] = [
  {
    rule: 'color-contrast',
    match: /has a 1:1 contrast ratio/,
    reason:
      'Under forced colours the browser paints text in system colours (ButtonText, LinkText, ' +
      'CanvasText on Canvas/ButtonFace). axe-core 4.14 takes the text colour from ' +
      '-webkit-text-fill-color, which Chromium leaves at the author value (white on the primary ' +
      'button), and so reports white on white. Checked on a screenshot of <cor-button> with ' +
      'forced-colors emulated: black text on white, a black border.',
  },
];

export async function checkAxeForcedColors(story: Element): Promise<void> {
  await withForcedColors(() => axeCheck(story, { triage: FORCED_COLORS_TRIAGE }));
}
