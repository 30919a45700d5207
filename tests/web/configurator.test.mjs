// Headless-Chromium test of the web configurator (issue 4 "done when"): starts the built marqueed on a
// free loopback port with temporary directories, loads `/`, changes a control, sees the preview <img>
// reload, copies the URL template, has the daemon render it, imports a /p URL, and checks that no
// request ever left 127.0.0.1. Writes light and dark screenshots.
//
//   node tests/web/configurator.test.mjs <path/to/marqueed> [screenshot-dir]
//
// Uses playwright-core from tests/node/node_modules with Debian's /usr/bin/chromium (no download).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import assert from 'node:assert/strict';

import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
const require = createRequire(new URL('../node/package.json', import.meta.url));
let chromium;
try {
  ({ chromium } = require('playwright-core'));
} catch {
  console.log('SKIP: playwright-core is not installed (run npm ci in tests/node)');
  process.exit(77);
}
if (!existsSync(CHROMIUM)) {
  console.log(`SKIP: ${CHROMIUM} is missing (apt-get install chromium)`);
  process.exit(77);
}

const marqueed = process.argv[2];
const shotDir = resolve(process.argv[3] || process.cwd());
if (!marqueed) {
  console.error('usage: node configurator.test.mjs <path/to/marqueed> [screenshot-dir]');
  process.exit(2);
}
const SAMPLE = { tmdb: '90000001', imdb: 'tt90000001', type: 'movie' };
const TIMEOUT = 60000;

function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

function startDaemon(port, dir, accessKey = '') {
  const child = spawn(marqueed, ['--host', '127.0.0.1', '--port', String(port),
    '--data-dir', join(dir, 'data'), '--cache-dir', join(dir, 'cache')], {
    env: { ...process.env, QT_QPA_PLATFORM: 'offscreen', ACCESS_KEY: accessKey, PRESET_ENABLED: '',
      TMDB_API_KEY: '', MDBLIST_API_KEY: '', LC_ALL: 'C.UTF-8' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`marqueed did not start:\n${output}`)), TIMEOUT);
    const onData = (chunk) => {
      output += chunk;
      if (output.includes('listening on')) {
        clearTimeout(timer);
        ok(child);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('exit', (code) => { clearTimeout(timer); fail(new Error(`marqueed exited with ${code}:\n${output}`)); });
  });
}

// Width and height from a JPEG's first SOF marker.
function jpegSize(bytes) {
  assert.equal(bytes[0], 0xff, 'not a JPEG');
  assert.equal(bytes[1], 0xd8, 'not a JPEG');
  let i = 2;
  while (i + 9 < bytes.length) {
    if (bytes[i] !== 0xff) { i++; continue; }
    const marker = bytes[i + 1];
    const length = (bytes[i + 2] << 8) | bytes[i + 3];
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
      return { height: (bytes[i + 5] << 8) | bytes[i + 6], width: (bytes[i + 7] << 8) | bytes[i + 8] };
    i += 2 + length;
  }
  throw new Error('no SOF marker');
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'marquee-web-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let daemon;
  let context;
  try {
    daemon = await startDaemon(port, dir);
    daemon.removeAllListeners('exit');
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 1000 },
      colorScheme: 'light',
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const requests = [];
    context.on('request', (request) => requests.push(request.url()));
    const page = context.pages()[0] || await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    const consoleErrors = [];
    page.on('pageerror', (error) => consoleErrors.push(String(error)));

    await page.goto(`${base}/`);
    await page.waitForSelector('#tab-panels .control');
    // The first visit previews the first sample title with the server defaults.
    await page.waitForFunction(() => {
      const img = document.getElementById('preview-image');
      return img.getAttribute('src') && img.complete && img.naturalWidth === 500;
    });
    const firstSrc = await page.getAttribute('#preview-image', 'src');
    assert.match(firstSrc, /^\/poster\?tmdb_id=90000001&imdb_id=tt90000001&type=movie$/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(shotDir, 'configurator-light.png'), fullPage: true });

    // Change a control: rating display mode → 4 (Bar) on the Rating tab.
    await page.evaluate(() => {
      window.__previewLoads = 0;
      document.getElementById('preview-image').addEventListener('load', () => { window.__previewLoads++; });
    });
    await page.click('#tab-Rating');
    await page.click('[data-param="rating_display_mode"] button[data-value="4"]');
    await page.waitForFunction((old) => {
      const img = document.getElementById('preview-image');
      return window.__previewLoads > 0 && img.getAttribute('src') !== old && img.complete;
    }, firstSrc);
    const preview = await page.evaluate(() => {
      const img = document.getElementById('preview-image');
      return { src: img.getAttribute('src'), width: img.naturalWidth, height: img.naturalHeight };
    });
    assert.match(preview.src, /rating_display_mode=4/);
    assert.equal(preview.width, 500);
    assert.equal(preview.height, 750);
    assert.equal(await page.textContent('#preview-status'), 'OK');

    // Copy the /poster template and have the daemon render it.
    await page.click('#copy-button');
    await page.waitForFunction(() => document.body.dataset.copied);
    const shown = await page.inputValue('#url-output');
    let copied = await page.evaluate(async () => {
      try { return await navigator.clipboard.readText(); } catch { return ''; }
    });
    if (!copied) copied = await page.evaluate(() => document.body.dataset.copied);
    assert.equal(copied, shown);
    assert.ok(copied.startsWith(`${base}/poster?tmdb_id={tmdb_id}&type={type}&`), copied);
    assert.match(copied, /rating_display_mode=4/);
    assert.doesNotMatch(copied, /sash_mode=|top_gradient=/, 'defaults must be omitted');
    const concrete = copied.replace('{tmdb_id}', SAMPLE.tmdb).replace('{type}', SAMPLE.type);
    const reply = await fetch(concrete);
    assert.equal(reply.status, 200, `${concrete} → ${reply.status}`);
    assert.equal(reply.headers.get('content-type'), 'image/jpeg');
    assert.deepEqual(jpegSize(new Uint8Array(await reply.arrayBuffer())), { width: 500, height: 750 });

    // Import a /p URL: the preset's settings land in the controls, and the /p form can be copied.
    await page.click('.tools summary');
    await page.fill('#import-input', `${base}/p/bar_notch/movie/tt90000002.jpg`);
    await page.click('#import-button');
    assert.equal(await page.inputValue('#preset-select'), 'bar_notch');
    assert.equal(await page.getAttribute('[data-param="rating_display_mode"] button[data-value="4"]', 'aria-checked'), 'true');
    await page.click('#url-form button[data-form="preset"]');
    assert.equal(await page.inputValue('#url-output'), `${base}/p/bar_notch/{type}/{imdb_id}.jpg`);
    await page.waitForFunction(() => {
      const img = document.getElementById('preview-image');
      return /tmdb_id=90000002/.test(img.getAttribute('src')) && img.complete && img.naturalWidth === 500;
    });

    // Dark theme through the toggle (stored), then a screenshot.
    await page.click('#theme-toggle');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    await page.click('#tab-Sash');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(shotDir, 'configurator-dark.png'), fullPage: true });
    await page.reload();
    await page.waitForSelector('#tab-panels .control', { state: 'attached' });
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark', 'theme kept in localStorage');

    // Lock / preset-only mode (reference §7.8): a daemon with an ACCESS_KEY, visited without it.
    daemon.kill('SIGTERM');
    await new Promise((ok) => daemon.once('exit', ok));
    daemon = await startDaemon(port, dir, 'web-secret');
    daemon.removeAllListeners('exit');
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${base}/`);
    await page.waitForSelector('#preset-select option', { state: 'attached' });
    assert.equal(await page.isVisible('#lock-banner'), true);
    assert.equal(await page.isVisible('#tabs'), false);
    await page.waitForFunction(() => {
      const img = document.getElementById('preview-image');
      return /^\/p\/[a-z_]+\/movie\/tt90000001\.jpg$/.test(img.getAttribute('src')) && img.complete && img.naturalWidth === 500;
    });
    const locked = await page.inputValue('#url-output');
    assert.match(locked, new RegExp(`^${base}/p/[a-z_]+/\\{type\\}/\\{imdb_id\\}\\.jpg$`));
    await page.screenshot({ path: join(shotDir, 'configurator-locked.png'), fullPage: true });

    // The key unlocks everything; a look saved from the page is served at /p and the RPDB shape.
    await page.goto(`${base}/?access_key=web-secret`);
    await page.waitForSelector('#tabs .tab');
    assert.equal(await page.isVisible('#lock-banner'), false);
    await page.click('#tab-Rating');
    await page.click('[data-param="rating_display_mode"] button[data-value="2"]');
    await page.click('.tools summary');
    await page.fill('#save-name', 'web_look');
    await page.click('#save-button');
    await page.waitForFunction(() => document.getElementById('preset-select').value === 'web_look');
    assert.equal(await page.inputValue('#url-output'), `${base}/p/web_look/{type}/{imdb_id}.jpg`);
    for (const path of ['/p/web_look/movie/tt90000003.jpg', '/web_look/imdb/poster-default/tt90000003.jpg']) {
      const saved = await fetch(`${base}${path}`);
      assert.equal(saved.status, 200, path);
      assert.deepEqual(jpegSize(new Uint8Array(await saved.arrayBuffer())), { width: 500, height: 750 });
    }
    const presets = await (await fetch(`${base}/api/presets`, { headers: { 'X-Access-Key': 'web-secret' } })).json();
    assert.deepEqual(presets.presets.map((p) => p.name), ['web_look']);

    assert.deepEqual(consoleErrors, []);
    const outside = requests.filter((url) => !url.startsWith(`${base}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
    assert.deepEqual(outside, [], 'every request must stay on 127.0.0.1');
    assert.ok(requests.length > 5);
    console.log(`ok — ${requests.length} requests, all to ${base}; screenshots in ${shotDir}`);
  } finally {
    if (context) await context.close().catch(() => {});
    if (daemon) daemon.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

mkdirSync(shotDir, { recursive: true });
main().then(() => process.exit(0), (error) => {
  console.error(error && error.stack ? error.stack : error);
  process.exit(1);
});
