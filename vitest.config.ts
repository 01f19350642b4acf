import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { deckModules } from './tools/vite/deck-modules'

export default defineConfig({
  plugins: [vue(), deckModules()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'happy-dom',
    setupFiles: ['tests/unit/setup.ts'],
    reporters: ['default'],
  },
})
