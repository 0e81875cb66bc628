import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { ArrayMaxSize, Max, Min } from 'class-validator';
import { Severity, TicketKind } from './ticket.entity';

/** The longest SLA target: sixty eight-hour business days. */
export const MAX_TARGET_MINUTES = 28_800;

@ObjectType({ simpleResolvers: true, description: 'A station’s business hours and holidays, its own or the default (R-SVC-10).' })
export class StationCalendar {
  @Field(() => ID)
  stationId!: string;

  @Field(() => String)
  stationCode!: string;

  @Field(() => String)
  stationName!: string;

  @Field(() => [[[Int]]], { description: 'Per weekday (0 = Sunday) the open intervals as [fromMinute, toMinute] after local midnight.' })
  week!: number[][][];

  @Field(() => [String], { description: 'Closed dates, YYYY-MM-DD, ascending.' })
  holidays!: string[];

  @Field(() => Boolean, { description: 'False while the station uses the default hours (Mon–Fri 09:00–18:00 with lunch, Saturday mornings).' })
  custom!: boolean;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When the station’s own calendar was last set.' })
  updatedAt!: Date | null;
}

@InputType({ description: 'A station’s opening hours and holidays (R-SVC-10).' })
export class ServiceCalendarInput {
  @Field(() => [[[Int]]], {
    description:
      'Seven weekdays, Sunday first; each a list of [fromMinute, toMinute] open intervals after local midnight (0…1440), from before to, ascending and not overlapping; an empty list is a closed day. At least one day must have opening hours.',
  })
  @ArrayMaxSize(7)
  week!: number[][][];

  @Field(() => [String], { defaultValue: [], description: 'Closed dates, YYYY-MM-DD; duplicates are dropped and the list is kept in order.' })
  @ArrayMaxSize(400)
  holidays!: string[];
}

@InputType({ description: 'SLA targets in business minutes for a kind and severity, from a customer service priority up (R-SVC-10, R-CRM-2).' })
export class SlaPolicyInput {
  @Field(() => TicketKind)
  kind!: TicketKind;

  @Field(() => Severity)
  severity!: Severity;

  @Field(() => Int, { defaultValue: 0, description: '0 is the base policy every case of the kind and severity falls back to; higher values apply to customers whose tier gives at least that priority.' })
  @Min(0)
  @Max(100)
  minPriority: number = 0;

  @Field(() => Int)
  @Min(1)
  @Max(MAX_TARGET_MINUTES)
  firstResponseMinutes!: number;

  @Field(() => Int)
  @Min(1)
  @Max(MAX_TARGET_MINUTES)
  updateMinutes!: number;

  @Field(() => Int)
  @Min(1)
  @Max(MAX_TARGET_MINUTES)
  resolutionMinutes!: number;
}
