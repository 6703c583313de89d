import { defineElement } from '../../core/define.js';
import { CorOfficialBanner } from './official-banner.js';

defineElement('cor-official-banner', CorOfficialBanner);

declare global {
  interface HTMLElementTagNameMap {
    'cor-official-banner': CorOfficialBanner;
  }
}
