// Registra solo los componentes que usa su página: su paquete final será más liviano.
import '@cordillera/components/text-input.js';
import '@cordillera/components/button.js';
