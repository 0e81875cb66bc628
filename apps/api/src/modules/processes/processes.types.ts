import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../common/pagination';
import { Employee } from '../org/employee.entity';
import { DocumentStep, ProcessDocument } from './document.entity';

export const DocumentStepConnection = Connection(DocumentStep, 'DocumentStep');
export const ProcessDocumentConnection = Connection(ProcessDocument, 'ProcessDocument');

@ObjectType({ simpleResolvers: true, description: 'Open tasks of one document kind in your inbox.' })
export class TaskCount {
  @Field(() => String)
  kind!: string;

  @Field(() => Int)
  open!: number;

  @Field(() => Int)
  overdue!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A step a sample document would take, and who would act on it now.' })
export class ApproverPreview {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean, { description: 'Whether its conditions hold for the sample.' })
  applies!: boolean;

  @Field(() => Employee, { nullable: true })
  approver!: Employee | null;
}

@ObjectType({ simpleResolvers: true })
export class AttachmentContent {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  fileName!: string;

  @Field(() => String)
  mimeType!: string;

  @Field(() => String)
  contentBase64!: string;
}
