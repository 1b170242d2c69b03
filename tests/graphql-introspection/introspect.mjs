// Usage: node introspect.mjs <graphql-url> <access-token> <schema.graphql>
// Sends graphql-js's own full introspection query (what GraphiQL, Apollo, Relay and graphql-codegen send), builds a
// client schema from the answer as those tools do, and writes one JSON line comparing it with the SDL file: the
// HTTP status, any GraphQL errors, the breaking and dangerous changes either way, and whether both print the same.
// The directives the specification defines (@skip, @include, @deprecated, @specifiedBy, @oneOf) are left out on both
// sides: an SDL file never declares them, so buildSchema assumes this graphql-js version's own, while the server
// reports the ones it implements.
import { readFile } from 'node:fs/promises';
import {
  GraphQLSchema, buildClientSchema, buildSchema, findBreakingChanges, findDangerousChanges, getIntrospectionQuery,
  isSpecifiedDirective, lexicographicSortSchema, printSchema,
} from 'graphql';

const [url, accessToken, sdlPath] = process.argv.slice(2);

const response = await fetch(url, {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    Accept: 'application/graphql-response+json',
    Authorization: `Bearer ${accessToken}`,
  },
  body: JSON.stringify({
    query: getIntrospectionQuery({
      descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true,
    }),
  }),
});
const result = await response.json();
if (result.errors || !result.data) {
  console.log(JSON.stringify({ status: response.status, errors: result.errors ?? [] }));
  process.exit(0);
}

const ownDirectives = (schema) =>
  new GraphQLSchema({ ...schema.toConfig(), directives: schema.getDirectives().filter((directive) => !isSpecifiedDirective(directive)) });
const introspected = ownDirectives(buildClientSchema(result.data));
const published = ownDirectives(buildSchema(await readFile(sdlPath, 'utf8')));
const describe = (changes) => changes.map((change) => `${change.type}: ${change.description}`);
const printed = (schema) => printSchema(lexicographicSortSchema(schema));

console.log(JSON.stringify({
  status: response.status,
  errors: [],
  breaking: describe([...findBreakingChanges(published, introspected), ...findBreakingChanges(introspected, published)]),
  dangerous: describe([...findDangerousChanges(published, introspected), ...findDangerousChanges(introspected, published)]),
  samePrinted: printed(introspected) === printed(published),
  description: introspected.description ?? null,
}));
