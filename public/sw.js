// The service worker: this build's files, cached when it installs and served from the cache
// first, so the app opens and works offline. The two lines below are filled in by
// scripts/post-build.mjs with exactly this build's files and a name for the build.
const BUILD = 'unbuilt';
const FILES = [];
const CACHE = `ready-to-lead-${BUILD}`;

self.addEventListener('install', (event) => {
  // A new version waits until the person chooses to reload (the page says one is ready).
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) =>
      Promise.all(keys.filter((k) => k.startsWith('ready-to-lead-') && k !== CACHE).map((k) => caches.delete(k))))
      // The first visit is served offline from now on, without a reload.
      .then(() => self.clients.claim()),
  );
});

// The page asks for this when the person chooses "Reload".
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Every page of the app is index.html: its query (an embed's settings) changes nothing here.
  const lookup = request.mode === 'navigate'
    ? caches.match(new URL('./index.html', self.registration.scope).href, { cacheName: CACHE })
    : caches.match(request, { cacheName: CACHE, ignoreSearch: true });
  event.respondWith(lookup.then((hit) => hit || fetch(request)));
});
