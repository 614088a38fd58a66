// Records what reaches this host page, for the tests: every message with its origin, and every
// embed's events as the loader hands them on.
window.messages = [];
addEventListener('message', (e) => window.messages.push({ origin: e.origin, data: e.data }));
window.events = [];
for (const type of ['ready', 'started', 'progress', 'completed', 'resize', 'error']) {
  document.addEventListener(`ready-to-lead:${type}`, (e) => window.events.push({ type, payload: e.detail }));
}
