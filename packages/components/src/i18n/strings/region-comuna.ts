import type { ComponentStrings } from '../catalogue.js';

/** The strings of <cor-region-comuna>, in Spanish (Chile, the default) and English. */
export const regionComunaStrings = {
  es: {
    regionLabel: 'Región',
    comunaLabel: 'Comuna',
    regionPlaceholder: 'Seleccione una región',
    comunaPlaceholder: 'Seleccione una comuna',
    comunaPlaceholderNoRegion: 'Primero seleccione una región',
    territoryLoading: 'Cargando…',
    territoryLoadFailed:
      'No se pudo cargar la lista de regiones y comunas. Revise su conexión y recargue la página.',
    regionValueMissing: 'Seleccione una región',
    comunaValueMissing: 'Seleccione una comuna',
  },
  en: {
    regionLabel: 'Region',
    comunaLabel: 'Comuna',
    regionPlaceholder: 'Select a region',
    comunaPlaceholder: 'Select a comuna',
    comunaPlaceholderNoRegion: 'Select a region first',
    territoryLoading: 'Loading…',
    territoryLoadFailed:
      'The list of regions and comunas could not be loaded. Check your connection and reload the page.',
    regionValueMissing: 'Select a region',
    comunaValueMissing: 'Select a comuna',
  },
} satisfies ComponentStrings;
