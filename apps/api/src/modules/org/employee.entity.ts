import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../common/entity';
import { OrgUnit } from './org-unit.entity';
import { Position } from './position.entity';

export enum EmployeeStatus {
  ACTIVE = 'ACTIVE',
  ON_LEAVE = 'ON_LEAVE',
  INACTIVE = 'INACTIVE',
}
registerEnumType(EmployeeStatus, { name: 'EmployeeStatus' });

/** R-ORG-5: an employee belongs to a unit and holds a position in it. */
@ObjectType({ simpleResolvers: true })
@Entity({ tableName: 'employee' })
@Index({ properties: ['unit', 'status'] })
@Index({ properties: ['position', 'status'] })
export class Employee extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => String)
  @Property({ type: 'string', length: 20 })
  @Unique()
  employeeNo!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 80 })
  @Index()
  name!: string;

  /** Contact data; the resolver masks it for those without ReadEmployeeContact. */
  @Property({ type: 'string', length: 200, nullable: true })
  email?: string | null;

  @Property({ type: 'string', length: 40, nullable: true })
  phone?: string | null;

  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  unit!: OrgUnit;

  @ManyToOne(() => Position, { deleteRule: 'restrict' })
  position!: Position;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'string', length: 10 })
  hireDate!: string;

  @Field(() => EmployeeStatus)
  @Enum({ items: () => EmployeeStatus })
  status: EmployeeStatus = EmployeeStatus.ACTIVE;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  deactivatedAt?: Date | null;
}
