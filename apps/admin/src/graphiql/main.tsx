import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { storedLocale, translate } from '../shared/i18n/core';
import { sessionFetcher, sessionReady } from './session';

const locale = storedLocale();

function AnonymousHint() {
  const [anonymous, setAnonymous] = useState(false);
  useEffect(() => {
    void sessionReady.then((token) => setAnonymous(!token));
  }, []);
  if (!anonymous) return null;
  return (
    <div
      role="status"
      lang={locale}
      data-testid="graphiql-anonymous"
      style={{ padding: '6px 12px', background: '#fff7e6', borderBottom: '1px solid #ffd591', color: '#612500', font: '14px/1.5 system-ui, sans-serif' }}
    >
      {translate(locale, 'graphiql.anonymous')}{' '}
      <a href="/login" style={{ color: '#0958d9' }}>
        {translate(locale, 'graphiql.signIn')}
      </a>
    </div>
  );
}

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <AnonymousHint />
      <div style={{ flex: 1, minHeight: 0 }}>
        <GraphiQL fetcher={sessionFetcher} defaultQuery={'query Me {\n  me {\n    id\n    name\n    permissions\n  }\n}\n'} />
      </div>
    </div>
  </StrictMode>,
);
