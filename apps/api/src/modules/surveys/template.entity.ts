import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { BaseEntity } from '../../common/entity';
import { PreferredLanguage } from '../crm/customer.entity';

export enum SurveyItemKind {
  /** Answered on the five levels of R-SAT-2, with an optional comment. */
  LEVEL5 = 'LEVEL5',
  /** The overall evaluation: five levels; the satisfaction rate counts forms by it (R-SAT-3). */
  OVERALL = 'OVERALL',
  /** How likely the customer is to recommend us, 0–10. */
  NPS = 'NPS',
  /** A free question answered in words. */
  TEXT = 'TEXT',
}
registerEnumType(SurveyItemKind, { name: 'SurveyItemKind', description: 'LEVEL5 and OVERALL on the five levels (R-SAT-2), NPS 0–10, TEXT free text.' });

/** A text in the three languages the product speaks. */
@ObjectType({ simpleResolvers: true, description: 'A text in Traditional Chinese, Simplified Chinese and English.' })
export class LocalizedText {
  @Field(() => String)
  zhHant!: string;

  @Field(() => String)
  zhHans!: string;

  @Field(() => String)
  en!: string;
}

export function textIn(t: LocalizedText | null | undefined, language: PreferredLanguage): string {
  if (!t) return '';
  return language === PreferredLanguage.EN ? t.en : language === PreferredLanguage.ZH_HANS ? t.zhHans : t.zhHant;
}

/** One question of a template version. Its key stays the same across versions, so answers compare over time. */
@ObjectType({ simpleResolvers: true, description: 'One question of a survey template version.' })
export class SurveyItem {
  @Field(() => String, { description: 'Stable across versions, e.g. product_performance.' })
  key!: string;

  @Field(() => SurveyItemKind)
  kind!: SurveyItemKind;

  @Field(() => Boolean)
  required!: boolean;

  @Field(() => LocalizedText)
  label!: LocalizedText;
}

/** A survey (R-SAT-2). Its questions live in versions; editing publishes a new one. */
@ObjectType({ simpleResolvers: true, description: 'A satisfaction survey template (R-SAT-2); its questions are versioned.' })
@Entity({ tableName: 'survey_template' })
export class SurveyTemplate extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => String, { description: 'e.g. R-SAT-2 for the regime’s default survey.' })
  @Property({ type: 'string', length: 40 })
  @Unique()
  code!: string;

  /** The latest version's title, kept here so lists need no second read. */
  @Field(() => LocalizedText)
  @Property({ type: 'json' })
  title!: LocalizedText;

  @Field(() => Int)
  @Property({ type: 'integer' })
  latestVersion!: number;

  @Field(() => Boolean, { description: 'Inactive templates are kept for the forms that answered them but are sent no more.' })
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Field(() => GraphQLDateTimeISO)
  declare updatedAt: Date;
}

/**
 * One published version of a template: never changed once written, so a returned form
 * always reads against the questions it answered.
 */
@ObjectType({ simpleResolvers: true, description: 'A published version of a survey template; responses keep the version they answered.' })
@Entity({ tableName: 'survey_template_version' })
@Unique({ properties: ['template', 'version'] })
export class SurveyTemplateVersion extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => SurveyTemplate, { deleteRule: 'cascade' })
  @Index()
  template!: SurveyTemplate;

  @Field(() => Int)
  @Property({ type: 'integer' })
  version!: number;

  @Field(() => LocalizedText)
  @Property({ type: 'json' })
  title!: LocalizedText;

  @Field(() => LocalizedText, { nullable: true, description: 'Shown above the questions.' })
  @Property({ type: 'json', nullable: true })
  intro?: LocalizedText | null;

  @Field(() => [SurveyItem])
  @Property({ type: 'json' })
  items!: SurveyItem[];

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  publishedBy!: string;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  publishedAt!: Date;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 500, nullable: true })
  note?: string | null;
}
