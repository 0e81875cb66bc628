import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../common/entity';
import { OrgUnit } from '../org/org-unit.entity';
import { Employee } from '../org/employee.entity';
import { Customer } from './customer.entity';

export enum WinBackStatus {
  OPEN = 'OPEN',
  CONTACTED = 'CONTACTED',
  WON_BACK = 'WON_BACK',
  CLOSED = 'CLOSED',
}
registerEnumType(WinBackStatus, { name: 'WinBackStatus', description: 'OPEN → CONTACTED → WON_BACK (bought again) or CLOSED (given up).' });

/** R-CRM-4: a lost customer to visit or call back, owned by their station. */
@ObjectType({ simpleResolvers: true, description: 'A win-back task for a lost customer (R-CRM-4).' })
@Entity({ tableName: 'win_back_task' })
@Index({ properties: ['station', 'status'] })
@Index({ properties: ['customer', 'status'] })
export class WinBackTask extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => Customer, { deleteRule: 'cascade' })
  customer!: Customer;

  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  station!: OrgUnit;

  @ManyToOne(() => Employee, { nullable: true, deleteRule: 'set null' })
  assignee?: Employee | null;

  @Field(() => WinBackStatus)
  @Enum({ items: () => WinBackStatus })
  status: WinBackStatus = WinBackStatus.OPEN;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'string', length: 10 })
  dueOn!: string;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'The last purchase when the task was created.' })
  @Property({ type: 'datetime', nullable: true })
  lastPurchaseAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  @Field(() => GraphQLDateTimeISO)
  declare createdAt: Date;
}
