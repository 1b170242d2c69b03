// Runs graphql-http's GraphQL-over-HTTP server audit against the URL given as the first argument
// and prints one JSON array of { id, name, status, reason } to standard output.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs http://127.0.0.1:PORT/graphql');
  process.exit(2);
}

const results = await auditServer({ url });
console.log(JSON.stringify(results.map(({ id, name, status, reason }) => ({ id, name, status, reason: reason ?? null }))));
