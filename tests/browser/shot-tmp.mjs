import { serve, launch, openApp } from './harness.mjs';
const server = await serve(); const browser = await launch();
try {
  let { page } = await openApp(browser, server.origin, { viewport: { width: 1280, height: 860 } });
  page.on('console', (m) => console.log('console', m.type(), m.text()));
  await page.waitForTimeout(300);
  await page.screenshot({ path: '/tmp/tl1.png' });
  const ev = page.getByRole('button', { name: /^Mentioned: late July 2022/ });
  await ev.hover();
  await page.waitForTimeout(200);
  await page.screenshot({ path: '/tmp/tl2.png' });
  await ev.click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/tl3.png' });
} finally { await browser.close(); await server.close(); }
