// One import for tests: `import { axeCheck, pressTab, … } from '../../testing/index.js'`.
export * from './axe.js';
export * from './engine.js';
export * from './focus.js';
export * from './quality.js';
export * from './themes.js';
