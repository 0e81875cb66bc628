import { useMemo, type ReactNode } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, ConfigProvider } from 'antd';
import { createApolloClient } from '../shared/apollo';
import { ANTD_LOCALE, I18nProvider, useI18n } from '../shared/i18n';
import { SessionProvider } from './session';

function LocalisedAntd({ children }: { children: ReactNode }) {
  const { locale } = useI18n();
  return (
    <ConfigProvider
      locale={ANTD_LOCALE[locale]}
      theme={{
        // antd's defaults put secondary text, labels and placeholders at about 3:1 on white;
        // WCAG AA wants 4.5:1 for small text, which staff read all day.
        token: {
          colorPrimary: '#0958d9',
          // antd lightens hovered and pressed buttons, which drops white labels below 4.5:1;
          // darken them instead so a button under the pointer stays readable.
          colorPrimaryHover: '#003eb3',
          colorPrimaryActive: '#002c8c',
          colorLink: '#0958d9',
          colorLinkHover: '#003eb3',
          colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
          colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
          colorTextDescription: 'rgba(0, 0, 0, 0.6)',
          colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
          // Server messages under form fields are red text; antd's #ff4d4f reaches only 3.3:1.
          colorError: '#cf1322',
        },
        components: {
          // An empty table's message sits in its placeholder row, which antd greys with the
          // disabled-text colour (about 1.9:1). Raised for tables only: elsewhere that colour
          // marks disabled controls, which should keep looking disabled.
          Table: { colorTextDisabled: 'rgba(0, 0, 0, 0.6)' },
        },
      }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function Providers({ children }: { children: ReactNode }) {
  const client = useMemo(() => createApolloClient(), []);
  return (
    <I18nProvider>
      <LocalisedAntd>
        <ApolloProvider client={client}>
          <SessionProvider>{children}</SessionProvider>
        </ApolloProvider>
      </LocalisedAntd>
    </I18nProvider>
  );
}
