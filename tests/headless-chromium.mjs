// What the Node.js tools that open pages share: Chromium started the same way, and what a page did that tests check.
// Each tool passes its own playwright-core, which lives in the tool's node_modules and not beside this file.

export const headless = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: [
    // Chromium's sandbox refuses to start as root, which CI machines often are.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    // Chromium's own background traffic (updates, sync, field trials) would count as requests leaving the host.
    '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
};

/** The page's console errors and uncaught exceptions, collected as they happen. */
export function consoleErrorsOf(page) {
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Every request the page makes to an origin other than <origin> (data: URLs stay in the page), collected as they happen. */
export function requestsLeaving(page, origin) {
  const requests = [];
  page.on('request', (request) => {
    const requested = new URL(request.url());
    if (requested.protocol !== 'data:' && requested.origin !== origin) requests.push(request.url());
  });
  return requests;
}
