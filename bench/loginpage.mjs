// Cold start to login page, as a user sees it: launches headless Chromium first (its own start-up is
// not the portal's), then runs the start command, loads the page until the portal answers and prints
// the seconds from the start command to the login form being visible.
// Usage: node loginpage.mjs <baseUrl> <start command...>
import { chromium } from 'playwright-core';
import { spawnSync } from 'node:child_process';

const [url, ...start] = process.argv.slice(2);
if (!url || start.length === 0) {
  console.error('usage: node loginpage.mjs <baseUrl> <start command...>');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  const t0 = performance.now();
  const started = spawnSync(start[0], start.slice(1), { stdio: 'ignore' });
  if (started.status !== 0) throw new Error(`${start.join(' ')} exited with ${started.status}`);
  // wait for the portal with plain HTTP requests: a browser reloading an error page every few milliseconds
  // would take the CPU from the starting portal (2 cores: 12 s instead of 7 s)
  const deadline = t0 + 240_000;
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
      await response.arrayBuffer();
      if (response.ok) break;
    } catch (e) {
      // connection refused while Karaf starts: try again
    }
    if (performance.now() > deadline) throw new Error(`no answer from ${url} within 240 s`);
    await new Promise(resolve => setTimeout(resolve, 50));
  }
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  const answered = performance.now();
  await page.locator('#login-username').first().waitFor({ timeout: 60_000 });
  const shown = performance.now();
  console.error(`first page ${((answered - t0) / 1000).toFixed(2)} s, login form ${((shown - t0) / 1000).toFixed(2)} s`);
  console.log(((shown - t0) / 1000).toFixed(2));
} finally {
  await browser.close();
}
