// The demo host page: the JavaScript API, theme switching, and a log of every event.
'use strict';

const log = document.getElementById('log');

function record(source, type, payload) {
  const item = document.createElement('li');
  const summary = type === 'resize' ? `height ${payload.height}px`
    : type === 'progress' ? `${payload.answered} of ${payload.total} answered, page ${payload.page} of ${payload.pages}`
    : type === 'completed' ? `${payload.verdict.label} for ${payload.role.name}, match ${payload.overall}`
    : type === 'error' ? `${payload.code}: ${payload.message}`
    : type === 'ready' ? (payload.framework ? `${payload.framework.title} ${payload.framework.version}` : 'waiting for a framework')
    : JSON.stringify(payload);
  // Text only: whatever arrives is never parsed as HTML.
  item.textContent = `${source} · ${type} · ${summary}`;
  log.prepend(item);
}

// The script-tag embed: its events bubble from its element.
for (const type of ['ready', 'started', 'progress', 'completed', 'resize', 'error']) {
  document.getElementById('by-tag').addEventListener(`ready-to-lead:${type}`, (e) => record('script tag', type, e.detail));
}

function start() {
  const embed = window.ReadyToLead.embed(document.getElementById('by-api'), {
    framework: 'staff-ladder.json', compact: true, theme: 'light', accent: '#6b3fa0', maxHeight: 900,
    title: 'Northwind: Staff Engineer readiness self-assessment',
  });
  for (const type of ['ready', 'started', 'progress', 'completed', 'resize', 'error']) {
    embed.on(type, (payload) => record('API', type, payload));
  }
  for (const button of document.querySelectorAll('[data-theme-choice]')) {
    button.addEventListener('click', () => embed.setTheme(button.dataset.themeChoice));
  }
  document.getElementById('destroy').addEventListener('click', () => embed.destroy(), { once: true });
}

// embed.js loads async: wait for it.
if (window.ReadyToLead) start();
else document.querySelector('script[src$="embed.js"]').addEventListener('load', start);
