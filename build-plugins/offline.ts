/**
 * The service worker and web app manifest (vite-plugin-pwa, "inject manifest" strategy): the
 * worker is src/features/offline/sw.ts; the build injects the list of files to precache. Every
 * URL is relative, so the installed app and its worker work under any sub-path.
 */
import { VitePWA } from 'vite-plugin-pwa';
import type { PluginOption } from 'vite';

export function offlineSupport(): PluginOption {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/features/offline',
    filename: 'sw.ts',
    // Registered by the app itself (OfflineSupport.tsx), never by an embed.
    injectRegister: false,
    registerType: 'prompt',
    // The icons are precached by the glob below already.
    includeManifestIcons: false,
    injectManifest: {
      // The app, its lazy chunks, the icons and the bundled dataset (served network first).
      globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}', 'data/parley.json'],
      globIgnores: ['embed.js', 'sw.js'],
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    },
    manifest: {
      name: 'Parley — diplomatic timeline',
      short_name: 'Parley',
      description:
        'An interactive, sourced timeline of who did and said what, when, in a diplomatic crisis.',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#f6f7f9',
      theme_color: '#1e293b',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        {
          src: 'icons/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    },
  });
}
