import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// preserveSymlinks: node_modules holds links (scripts/consumer.mjs); resolve each package's peers from the app.
export default defineConfig({ plugins: [react()], logLevel: 'warn', resolve: { preserveSymlinks: true } });
