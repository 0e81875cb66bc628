import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../common/entity';
import { User } from './user.entity';

/** A login, from sign-in until logout, expiry, or detected refresh-token reuse. */
@Entity({ tableName: 'auth_session' })
export class Session extends BaseEntity {
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  @Index()
  user!: User;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'string', length: 40, nullable: true })
  revokedReason?: string | null;

  @Property({ type: 'string', length: 300, nullable: true })
  userAgent?: string | null;
}

/**
 * Every refresh token a session was ever given, by hash. Each is good once: using it marks
 * it used and issues the next; presenting a used one again means it was stolen, and the
 * whole session is revoked.
 */
@Entity({ tableName: 'auth_refresh_token' })
export class RefreshToken extends BaseEntity {
  @ManyToOne(() => Session, { deleteRule: 'cascade' })
  @Index()
  session!: Session;

  @Property({ type: 'string', length: 64 })
  @Unique()
  hash!: string;

  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null;
}

/** Small key/value settings kept in the database so every replica shares them. */
@Entity({ tableName: 'app_setting' })
export class AppSetting {
  @Property({ type: 'string', length: 80, primary: true })
  key!: string;

  @Property({ type: 'text' })
  value!: string;
}
