// Registra todos los componentes de Cordillera y trae sus estilos: no hay hoja de estilos que enlazar.
import '@cordillera/components';
