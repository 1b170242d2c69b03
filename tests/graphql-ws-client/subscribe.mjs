// Usage: node subscribe.mjs <ws-url> <access-token> <query> <variables-json> <expected-count>
// Prints READY once the subscription is live, then one JSON line per result, and exits after
// <expected-count> results (or with an error line when the server ends it first).
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, accessToken, query, variablesJson, expectedCount] = process.argv.slice(2);
const expected = Number(expectedCount);

const client = createClient({
  url,
  webSocketImpl: WebSocket,
  connectionParams: { authorization: `Bearer ${accessToken}` },
  retryAttempts: 0,
});

let received = 0;
const finished = new Promise((resolve, reject) => {
  client.subscribe(
    { query, variables: JSON.parse(variablesJson) },
    {
      next: (result) => {
        console.log(JSON.stringify({ next: result }));
        if (++received === expected) resolve();
      },
      error: (error) => reject(error),
      complete: () => resolve(),
    },
  );
});

// The server handles one connection's messages in order: once this query has answered, the
// subscription sent before it is live.
for await (const result of client.iterate({ query: '{ __typename }' })) {
  if (result.errors) throw new Error(JSON.stringify(result.errors));
}
console.log('READY');

try {
  await finished;
} catch (error) {
  const reason = error instanceof Error ? error.message : error?.code ? { code: error.code, reason: error.reason } : error;
  console.log(JSON.stringify({ error: reason }));
  process.exitCode = 1;
} finally {
  await client.dispose();
}
