import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { BaseEntity } from '../../common/entity';
import type { RowIssue, ParsedCustomerRow } from './import/customer-columns';

export enum CustomerImportStatus {
  PREVIEWED = 'PREVIEWED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(CustomerImportStatus, { name: 'CustomerImportStatus' });

/**
 * An uploaded customer file between preview and commit. The parsed rows are kept so the
 * commit imports exactly what the preview showed, and the issues so the error file can be
 * downloaded later.
 */
@ObjectType({ simpleResolvers: true, description: 'A customer file import: preview, then commit.' })
@Entity({ tableName: 'customer_import' })
export class CustomerImport extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  fileName!: string;

  @Field(() => String, { description: 'CSV or XLSX.' })
  @Property({ type: 'string', length: 10 })
  format!: string;

  @Field(() => String, { nullable: true, description: 'The text encoding a CSV was read in: UTF8, GBK or BIG5.' })
  @Property({ type: 'string', length: 10, nullable: true })
  encoding?: string | null;

  @Field(() => CustomerImportStatus)
  @Enum({ items: () => CustomerImportStatus })
  status: CustomerImportStatus = CustomerImportStatus.PREVIEWED;

  @Field(() => Int)
  @Property({ type: 'integer' })
  totalRows!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  validRows!: number;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  processedRows: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  createdCount: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  updatedCount: number = 0;

  @Property({ type: 'json' })
  headers: string[] = [];

  /** The file's rows as read (for the error file). */
  @Property({ type: 'json', lazy: true })
  cells: string[][] = [];

  @Property({ type: 'json', lazy: true })
  rows: ParsedCustomerRow[] = [];

  @Property({ type: 'json' })
  issues: RowIssue[] = [];

  @Property({ type: 'string', length: 36 })
  defaultStationId!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  createdBy!: string;

  @Field(() => GraphQLDateTimeISO)
  declare createdAt: Date;
}
