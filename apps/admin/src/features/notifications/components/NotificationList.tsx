import { Button, Empty, List, Spin, Typography } from 'antd';
import { useI18n } from '../../../shared/i18n';
import { minute } from '../../../shared/dates';

export interface NotificationItem {
  id: string;
  kind: string;
  /** What happened, worded by the server in the reader's language (it words the emails too). */
  kindLabel: string;
  subject: string;
  link?: string | null;
  createdAt: string;
  readAt?: string | null;
}

interface Props {
  items: readonly NotificationItem[];
  loading: boolean;
  onOpen: (item: NotificationItem) => void;
  onMarkAllRead: () => void;
}

/** The bell's panel: newest first, unread in bold; opening one follows its link. */
export function NotificationList({ items, loading, onOpen, onMarkAllRead }: Props) {
  const { t } = useI18n();
  const unread = items.some((n) => !n.readAt);
  return (
    <div style={{ width: 360, maxWidth: '90vw' }} data-testid="notification-list">
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 8 }}>
        <strong>{t('notification.title')}</strong>
        <Button type="link" size="small" disabled={!unread} onClick={onMarkAllRead}>
          {t('notification.markAllRead')}
        </Button>
      </div>
      {loading && !items.length ? (
        <Spin />
      ) : !items.length ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notification.empty')} />
      ) : (
        <List
          size="small"
          style={{ maxHeight: 420, overflowY: 'auto' }}
          dataSource={[...items]}
          renderItem={(n) => (
            <List.Item key={n.id} style={{ padding: 0 }}>
              <Button type="text" block style={{ height: 'auto', textAlign: 'start', whiteSpace: 'normal', padding: '8px 4px' }} onClick={() => onOpen(n)}>
                <div style={{ fontWeight: n.readAt ? 400 : 600 }}>
                  {n.kindLabel}
                  {n.readAt ? null : ` · ${t('notification.unread')}`}
                </div>
                <div>{n.subject}</div>
                <Typography.Text type="secondary">{minute(n.createdAt)}</Typography.Text>
              </Button>
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
