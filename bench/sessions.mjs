// Opens N independent browser sessions (separate cookie jars) against the portal, signs each in
// and waits until its dashboard shows, then reports and waits for "close" on stdin.
// Usage: node sessions.mjs <baseUrl> <login> <password> <count>
import { chromium } from 'playwright-core';
import readline from 'node:readline';

const [baseUrl, login, password, countArg] = process.argv.slice(2);
const count = Number(countArg || '1');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function signIn(index) {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  const started = Date.now();
  await page.goto(baseUrl, { waitUntil: 'domcontentloaded', timeout: 60000 });
  const user = page.locator('#login-username input, input#login-username').first();
  await user.waitFor({ timeout: 60000 });
  await user.fill(login);
  await page.locator('#login-password input, input#login-password').first().fill(password);
  await page.locator('#login-submit').first().click();
  await page.locator('#shell-dashboard').first().waitFor({ timeout: 60000 });
  return { context, millis: Date.now() - started, index };
}

const sessions = [];
const times = [];
for (let i = 0; i < count; i++) {
  const s = await signIn(i);
  sessions.push(s);
  times.push(s.millis);
}
times.sort((a, b) => a - b);
const pct = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
console.log(`READY sessions=${count} login_to_dashboard_ms_p50=${pct(0.5)} p95=${pct(0.95)} max=${times[times.length - 1]}`);

const rl = readline.createInterface({ input: process.stdin });
rl.on('line', async (line) => {
  if (line.trim() === 'close') {
    await browser.close();
    console.log('CLOSED');
    process.exit(0);
  }
});
