import { defineConfig } from 'vitest/config';

// The BFF (http://localhost:5080) serves web/dist and proxies /api in production.
// In `npm run dev`, Vite forwards the same paths to it so the SPA stays same-origin.
const bff = 'http://localhost:5080';

export default defineConfig({
  // JSX via esbuild's automatic runtime (no @vitejs/plugin-react).
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': bff,
      '/bff': bff,
      '/health': bff,
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
