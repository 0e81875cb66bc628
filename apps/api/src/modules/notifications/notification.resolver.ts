import { Arg, Args, Ctx as GqlCtx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../context';
import { Allow, Authenticated } from '../../common/auth/allow';
import { Connection, PageArgs } from '../../common/pagination';
import { PreferredLanguage } from '../crm/customer.entity';
import { Notification } from './notification.entity';
import { kindLabel } from './kinds';

export const NotificationConnection = Connection(Notification, 'Notification');

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  @Allow(Authenticated)
  async myNotifications(@GqlCtx() ctx: Ctx, @Args(() => PageArgs) args: PageArgs, @Arg('unreadOnly', () => Boolean, { defaultValue: false }) unreadOnly: boolean) {
    return new NotificationConnection(await ctx.services.notifications.mine(ctx, unreadOnly, args));
  }

  @Query(() => Int)
  @Allow(Authenticated)
  unreadNotificationCount(@GqlCtx() ctx: Ctx): Promise<number> {
    return ctx.services.notifications.unread(ctx);
  }

  @Mutation(() => Int, { description: 'Marks your notifications read (all when ids is empty); returns how many changed.' })
  @Allow(Authenticated)
  markNotificationsRead(@GqlCtx() ctx: Ctx, @Arg('ids', () => [ID], { defaultValue: [] }) ids: string[]): Promise<number> {
    return ctx.services.notifications.markRead(ctx, ids);
  }

  @FieldResolver(() => String, { description: 'What happened, in the language asked for (the subject is language-neutral: case or document number and title).' })
  kindLabel(@Root() n: Notification, @Arg('language', () => PreferredLanguage, { defaultValue: PreferredLanguage.ZH_HANT }) language: PreferredLanguage): string {
    return kindLabel(n.kind, language);
  }
}
