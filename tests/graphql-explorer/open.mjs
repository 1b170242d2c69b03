// Usage: node open.mjs <graphql-url> <access-token>
// Opens <graphql-url> in headless Chromium as a person would (the browser asks for HTML), puts the token after
// "Bearer " in the explorer's headers editor, runs the second preloaded tab (the README's query) with the run button,
// and writes one JSON line (or, when a step fails, the error with the requests and console errors so far): the page's status and title, the tabs and headers it opened with, the result it showed,
// every request the page made that left the host's origin, and the console errors.
import { chromium } from 'playwright-core';
import { consoleErrorsOf, headless, requestsLeaving } from '../headless-chromium.mjs';

const [url, accessToken] = process.argv.slice(2);

const browser = await chromium.launch(headless);
const page = await browser.newPage();
const externalRequests = requestsLeaving(page, new URL(url).origin);
const consoleErrors = consoleErrorsOf(page);
try {
  const response = await page.goto(url, { waitUntil: 'load' });
  await page.locator(".graphiql-container").waitFor({ timeout: 10000 });
  const editorText = (selector) => page.evaluate((s) => document.querySelector(s).CodeMirror.getValue(), selector);
  const tabs = await page.locator('.graphiql-tab-button').allTextContents();

  await page.locator('.graphiql-tab').nth(1).click();
  const headersEditor = '.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror';
  const headers = await editorText(headersEditor);
  // Where a person would click: just after "Bearer ", then paste the token.
  await page.evaluate(({ s, at }) => {
    const editor = document.querySelector(s).CodeMirror;
    editor.focus();
    editor.setCursor(editor.posFromIndex(at));
  }, { s: headersEditor, at: headers.indexOf('Bearer ') + 'Bearer '.length });
  await page.keyboard.insertText(accessToken);

  const answered = page.waitForResponse((answer) => answer.url() === url && answer.request().method() === 'POST');
  await page.locator('.graphiql-execute-button').click();
  await answered;
  await page.waitForFunction(() => document.querySelector('.result-window .CodeMirror')?.CodeMirror.getValue().includes('"data"'));

  console.log(JSON.stringify({
    status: response?.status() ?? null,
    title: await page.title(),
    tabs,
    headers,
    result: JSON.parse(await editorText('.result-window .CodeMirror')),
    externalRequests,
    consoleErrors,
  }));
} catch (error) {
  console.log(JSON.stringify({ error: error.message, externalRequests, consoleErrors }));
} finally {
  await browser.close();
}
