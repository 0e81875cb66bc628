import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Popover } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { LANGUAGE_OF_LOCALE, useI18n } from '../../shared/i18n';
import { MarkNotificationsReadDocument, MyNotificationsDocument, UnreadNotificationCountDocument } from './graphql/notifications.operations';
import { NotificationList, type NotificationItem } from './components/NotificationList';

// A minute is soon enough for approvals, and keeps a console left open all day cheap.
const POLL_MS = 60_000;

/** The header's bell: unread count, polled, and the latest notifications on click. */
export function NotificationBell() {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const count = useQuery(UnreadNotificationCountDocument, { pollInterval: POLL_MS, fetchPolicy: 'cache-and-network' });
  const list = useQuery(MyNotificationsDocument, { variables: { first: 20, language: LANGUAGE_OF_LOCALE[locale] }, skip: !open, fetchPolicy: 'network-only' });
  const [markRead] = useMutation(MarkNotificationsReadDocument);
  const unread = count.data?.unreadNotificationCount ?? 0;

  async function mark(ids: string[]) {
    try {
      await markRead({ variables: { ids } });
    } finally {
      void count.refetch();
      if (open) void list.refetch();
    }
  }

  function openItem(item: NotificationItem) {
    setOpen(false);
    if (!item.readAt) void mark([item.id]);
    if (item.link?.startsWith('/')) void navigate(item.link);
  }

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      content={<NotificationList items={list.data?.myNotifications.nodes ?? []} loading={list.loading} onOpen={openItem} onMarkAllRead={() => void mark([])} />}
    >
      <Button type="text" aria-label={t('notification.bell', { n: unread })} data-testid="notification-bell">
        <Badge count={unread} size="small" color="#cf1322" overflowCount={99}>
          <BellOutlined style={{ fontSize: 16 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
