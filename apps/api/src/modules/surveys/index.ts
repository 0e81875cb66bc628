export { SatisfactionLevel, satisfactionRate, SATISFIED_FROM } from './levels';
export { SurveyTemplate, SurveyTemplateVersion, SurveyItemKind, LocalizedText } from './template.entity';
export { SurveyInvitation, SurveySettings, SurveySource, SurveyChannel, InvitationStatus, InvitationDelivery, SkipReason } from './invitation.entity';
export { SurveyResponse, SurveyAnswer } from './response.entity';
export { SatisfactionTarget, SatisfactionEvaluation, EvaluationOutcome } from './target.entity';
export { recountMonthStats } from './month-stat.entity';
export { SurveyTemplateService } from './template.service';
export { SurveyService } from './invitation.service';
export { SurveyResponseService } from './response.service';
export { SatisfactionService } from './report.service';
export { SurveyTemplateResolver, SurveySettingsResolver, SurveyInvitationResolver, SurveyResponseResolver, SatisfactionResolver, SatisfactionEvaluationResolver } from './surveys.resolver';

import { SurveyTemplate, SurveyTemplateVersion } from './template.entity';
import { SurveyInvitation, SurveySettings } from './invitation.entity';
import { SurveyAnswer, SurveyResponse } from './response.entity';
import { SatisfactionEvaluation, SatisfactionTarget } from './target.entity';
import { SurveyMonthStat } from './month-stat.entity';

export const surveyEntities = [SurveyTemplate, SurveyTemplateVersion, SurveySettings, SurveyInvitation, SurveyResponse, SurveyAnswer, SatisfactionTarget, SatisfactionEvaluation, SurveyMonthStat];
