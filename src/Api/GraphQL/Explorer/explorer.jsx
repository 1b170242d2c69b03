// The explorer page's script: GraphiQL against this host's own /graphql, opened on the headers editor with a bearer
// token to fill in, and the README's "Try it" operations in tabs. The page (GraphQLExplorer.cs) says where the
// endpoint is, so the bundle holds no address.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import 'graphiql/graphiql.css';

const signIn = `# Sign in, then put the accessToken after "Bearer " in the headers below.
mutation SignIn {
  signIn(input: { email: "member@acme.test", password: "milestone demo password" }) {
    accessToken
  }
}
`;

const myRequests = `query MyRequests {
  me { name role }
  requests { totalCount edges { node { title status urgency } } }
}
`;

const headers = JSON.stringify({ Authorization: 'Bearer ' }, null, 2);
const container = document.getElementById('explorer');

createRoot(container).render(
  <GraphiQL
    fetcher={createGraphiQLFetcher({ url: container.dataset.endpoint })}
    defaultTabs={[{ query: signIn, headers }, { query: myRequests, headers }]}
    defaultEditorToolsVisibility="headers"
    shouldPersistHeaders={false}
  />,
);
