import { defineElement } from '../../core/define.js';
import { CorRegionComuna } from './region-comuna.js';

defineElement('cor-region-comuna', CorRegionComuna);

declare global {
  interface HTMLElementTagNameMap {
    'cor-region-comuna': CorRegionComuna;
  }
}
