import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
  test: {
    environment: 'happy-dom',
    include: ['tests/rules/**/*.test.ts', 'tests/app/**/*.test.tsx', 'tests/app/**/*.test.ts', 'tests/locales/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
  },
});
