import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Severity } from './ticket.entity';

/**
 * What a complaint handling form shows of its case. Quality control and whoever may read the
 * case see the customer as the case shows them; an action's owner who may not read the case
 * sees the name masked (R-ACL-3), and nothing of the case beyond what the action needs.
 */
@ObjectType({ simpleResolvers: true, description: 'The case behind a complaint handling form, as the viewer may see it (R-ACL-3).' })
export class ComplaintCase {
  @Field(() => ID)
  ticketId!: string;

  @Field(() => String)
  number!: string;

  @Field(() => String)
  subject!: string;

  @Field(() => Severity)
  severity!: Severity;

  @Field(() => String, { nullable: true })
  product!: string | null;

  @Field(() => GraphQLDateTimeISO)
  openedAt!: Date;

  @Field(() => String, { nullable: true, description: 'The customer file’s name or the walk-in contact’s; masked (王**) for a viewer who may not read the case.' })
  customerName!: string | null;

  @Field(() => Boolean, { description: 'Whether the customer is shown unmasked.' })
  customerVisible!: boolean;

  @Field(() => Boolean, { description: 'Whether the viewer may open the case itself (ReadTicket within reach).' })
  readable!: boolean;
}
