export { Notification } from './notification.entity';
export { NotificationService, LogTransport, type MailTransport } from './notification.service';
export { NotificationResolver } from './notification.resolver';
