npm install @cordillera/components
