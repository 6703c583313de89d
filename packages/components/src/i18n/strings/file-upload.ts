import type { ComponentStrings } from '../catalogue.js';
import { plural } from '../plural.js';

/** The strings of <cor-file-upload>, in Spanish (Chile, the default) and English. */
export const fileUploadStrings = {
  es: {
    fileChoose: 'Elegir archivo',
    fileChooseMultiple: 'Elegir archivos',
    fileDrop: 'o arrastre el archivo aquí',
    fileDropMultiple: 'o arrastre los archivos aquí',
    fileNone: 'Ningún archivo seleccionado',
    fileSelected: 'Archivo seleccionado: {name}',
    filesSelected: ({ count }) =>
      plural('es', count, 'archivo seleccionado', 'archivos seleccionados'),
    fileDropEntered: 'Entró en la zona para soltar archivos',
    fileDropLeft: 'Salió de la zona para soltar archivos',
    fileValueMissing: 'Seleccione un archivo',
    fileTooLarge: 'El archivo debe pesar menos de {max}',
    fileTooLargeNamed: 'El archivo {name} debe pesar menos de {max}',
    fileWrongType: 'El archivo debe ser {types}',
    fileWrongTypeNamed: 'El archivo {name} debe ser {types}',
    fileTypeImage: 'una imagen',
    fileTypeAudio: 'un archivo de audio',
    fileTypeVideo: 'un video',
    fileTypeText: 'un archivo de texto',
  },
  en: {
    fileChoose: 'Choose file',
    fileChooseMultiple: 'Choose files',
    fileDrop: 'or drop the file here',
    fileDropMultiple: 'or drop the files here',
    fileNone: 'No file chosen',
    fileSelected: 'File chosen: {name}',
    filesSelected: ({ count }) => plural('en', count, 'file chosen', 'files chosen'),
    fileDropEntered: 'Entered drop zone',
    fileDropLeft: 'Left drop zone',
    fileValueMissing: 'Select a file',
    fileTooLarge: 'The file must be smaller than {max}',
    fileTooLargeNamed: 'The file {name} must be smaller than {max}',
    fileWrongType: 'The file must be {types}',
    fileWrongTypeNamed: 'The file {name} must be {types}',
    fileTypeImage: 'an image',
    fileTypeAudio: 'an audio file',
    fileTypeVideo: 'a video',
    fileTypeText: 'a text file',
  },
} satisfies ComponentStrings;
