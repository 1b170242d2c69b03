// Usage: node open.mjs <api-url> <page-port> <email> <password>
// Serves portal.html and the graphql-ws browser bundle on 127.0.0.1:<page-port>, an origin of its own, opens it in
// headless Chromium against the API at <api-url>, and writes one JSON line: what the page reached (or its error),
// the console errors, and every request that failed.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { consoleErrorsOf, headless } from '../headless-chromium.mjs';

const [api, pagePort, email, password] = process.argv.slice(2);
const files = {
  '/': ['portal.html', 'text/html; charset=utf-8'],
  '/graphql-ws.js': ['node_modules/graphql-ws/umd/graphql-ws.min.js', 'text/javascript; charset=utf-8'],
};

const server = createServer(async (request, response) => {
  const file = files[new URL(request.url, 'http://page').pathname];
  if (!file) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'Content-Type': file[1] }).end(await readFile(new URL(file[0], import.meta.url)));
});
await new Promise((resolve) => server.listen(Number(pagePort), '127.0.0.1', resolve));

const browser = await chromium.launch(headless);

try {
  const page = await browser.newPage();
  const consoleErrors = consoleErrorsOf(page);
  const failedRequests = [];
  page.on('requestfailed', (request) => failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText}`));

  const query = new URLSearchParams({ api, email, password });
  await page.goto(`http://127.0.0.1:${pagePort}/?${query}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.outcome !== undefined, null, { timeout: 60_000 });
  const outcome = await page.evaluate(() => window.outcome);
  console.log(JSON.stringify({ ...outcome, pageOrigin: `http://127.0.0.1:${pagePort}`, consoleErrors, failedRequests }));
} finally {
  await browser.close();
  server.close();
}
