/**
 * Chile's 16 regions and 346 comunas with their official CUT codes (SUBDERE), as pure data:
 * no DOM and no Lit, so `@cordillera/components/chile-territory.js` also imports in Node, and a
 * server checks codes against exactly the list the browser shows.
 */
export * from './chile/territory.js';
