import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { BaseEntity } from '../../common/entity';
import { Employee } from './employee.entity';

/** R-ORG-4: while absent, a person's approvals go to the designated deputy. */
@ObjectType({ simpleResolvers: true })
@Entity({ tableName: 'absence' })
@Index({ properties: ['employee', 'startsAt', 'endsAt'] })
export class Absence extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => Employee, { deleteRule: 'cascade' })
  employee!: Employee;

  @ManyToOne(() => Employee, { deleteRule: 'restrict' })
  @Index()
  deputy!: Employee;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  endsAt!: Date;

  @Field(() => String)
  @Property({ type: 'string', length: 500, default: '' })
  reason: string = '';

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  cancelledAt?: Date | null;
}
