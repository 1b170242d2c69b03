// Usage: node open.mjs <page-url> <access-token or -> <pdf-path>
// Opens the page in headless Chromium with the bearer token on every request (none for "-", as a review link is
// opened from a mail), waits for it to load, prints it to <pdf-path> as the browser's "Save as PDF" would, and
// writes one JSON line: what the page showed (its figures by their data-figure names, the team table as the
// reader sees it, how many chart slots say "no data"), every request that left the page's origin, and the console errors.
import { chromium } from 'playwright-core';
import { consoleErrorsOf, headless, requestsLeaving } from '../headless-chromium.mjs';

const [url, accessToken, pdfPath] = process.argv.slice(2);

const browser = await chromium.launch(headless);
try {
  const context = await browser.newContext(accessToken === '-' ? {} : { extraHTTPHeaders: { Authorization: `Bearer ${accessToken}` } });
  const page = await context.newPage();
  const externalRequests = requestsLeaving(page, new URL(url).origin);
  const consoleErrors = consoleErrorsOf(page);

  const response = await page.goto(url, { waitUntil: 'load' });
  const rendered = await page.evaluate(() => ({
    title: document.title,
    heading: document.querySelector('h1')?.textContent ?? null,
    sections: [...document.querySelectorAll('h2')].map((heading) => heading.textContent),
    charts: [...document.querySelectorAll('svg[role="img"]')].map((chart) => chart.getAttribute('aria-label')),
    chartWidths: [...document.querySelectorAll('svg[role="img"]')].map((chart) => Math.round(chart.getBoundingClientRect().width)),
    bodyWidth: Math.round(document.body.getBoundingClientRect().width),
    figures: Object.fromEntries([...document.querySelectorAll('[data-figure]')].map((figure) => [figure.dataset.figure, figure.innerText.trim()])),
    noData: [...document.querySelectorAll('svg text.no-data')].length,
    team: [...document.querySelectorAll('section:last-of-type tr')].map((row) => [...row.cells].map((cell) => cell.innerText.trim())),
  }));
  const pdf = await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });

  console.log(JSON.stringify({ status: response?.status() ?? null, ...rendered, externalRequests, consoleErrors, pdfBytes: pdf.length }));
} finally {
  await browser.close();
}
