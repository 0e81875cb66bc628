import { Field, ID, Int, ObjectType } from 'type-graphql';
import { UnitFunction, UnitKind } from './org-unit.entity';

@ObjectType({ simpleResolvers: true, description: 'A position’s seats in a unit: planned, filled and vacant.' })
export class PositionSeats {
  @Field(() => ID)
  positionId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => Boolean)
  isHead!: boolean;

  @Field(() => Int)
  planned!: number;

  @Field(() => Int)
  filled!: number;

  @Field(() => Int)
  vacancies!: number;
}

@ObjectType({ simpleResolvers: true })
export class OrgChartHead {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  employeeNo!: string;
}

@ObjectType({ simpleResolvers: true, description: 'One unit in an org chart, with its headcounts (R-ORG-5).' })
export class OrgChartNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  nameEn!: string | null;

  @Field(() => UnitKind)
  kind!: UnitKind;

  @Field(() => UnitFunction, { nullable: true })
  function!: UnitFunction | null;

  @Field(() => Int)
  depth!: number;

  @Field(() => OrgChartHead, { nullable: true })
  head!: OrgChartHead | null;

  @Field(() => Int, { description: 'Active and on-leave employees of this unit alone.' })
  directHeadcount!: number;

  @Field(() => Int, { description: 'Including every sub-unit.' })
  headcount!: number;

  @Field(() => Int, { description: 'Vacant seats in this unit and every sub-unit.' })
  vacancies!: number;

  @Field(() => [PositionSeats])
  positions!: PositionSeats[];

  @Field(() => [OrgChartNode])
  children!: OrgChartNode[];
}

@ObjectType({ simpleResolvers: true, description: 'An org chart from one unit down: the nested root and the same nodes as a flat list.' })
export class OrgChart {
  @Field(() => OrgChartNode)
  root!: OrgChartNode;

  @Field(() => [OrgChartNode], { description: 'Every node, parents before children (handy for tables and tree widgets).' })
  nodes!: OrgChartNode[];
}
