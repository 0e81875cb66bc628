import { Button, Dropdown } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { LOCALES, LOCALE_LABEL, useI18n } from '../i18n';

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [locale],
        items: LOCALES.map((l) => ({ key: l, label: <span lang={l}>{LOCALE_LABEL[l]}</span> })),
        onClick: ({ key }) => setLocale(key as typeof locale),
      }}
    >
      <Button type="text" icon={<GlobalOutlined />} aria-label={`${LOCALE_LABEL[locale]} · ${t('app.language')}`} data-testid="language-switch">
        {LOCALE_LABEL[locale]}
      </Button>
    </Dropdown>
  );
}
