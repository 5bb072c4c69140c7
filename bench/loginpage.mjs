// Loads the portal in headless Chromium and returns once the login form is visible.
// Usage: node loginpage.mjs <baseUrl>
import { chromium } from 'playwright-core';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.goto(process.argv[2], { waitUntil: 'domcontentloaded', timeout: 60000 });
  await page.locator('#login-username').first().waitFor({ timeout: 60000 });
} finally {
  await browser.close();
}
