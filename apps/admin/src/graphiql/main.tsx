import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';

// The server's CSRF prevention rejects simple requests, so every call is a JSON POST.
// Requests run as anonymous until a bearer token is added in the headers tab.
const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  headers: { 'content-type': 'application/json' },
});

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={'query Me {\n  me {\n    id\n    name\n    permissions\n  }\n}\n'} />
  </StrictMode>,
);
