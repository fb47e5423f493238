// Writes a screenshot of the release build: node screenshot.mjs OUT.png [query] [width]
import { serve, launch, openApp } from './harness.mjs';

const [out = 'screenshot.png', query = '', width = '1280'] = process.argv.slice(2);
const server = await serve();
const browser = await launch();
try {
  const { page } = await openApp(browser, server.origin, { viewport: { width: Number(width), height: 860 } });
  if (query) await page.getByRole('searchbox', { name: 'Search' }).fill(query);
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
