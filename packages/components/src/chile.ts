/**
 * Chilean data as pure functions: no DOM and no Lit, so `@cordillera/components/chile.js` also
 * imports in Node (a server validates with the same rules as the browser).
 */
export * from './chile/phone.js';
export * from './chile/rut.js';
