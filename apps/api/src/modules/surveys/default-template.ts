import { SurveyItemKind, type LocalizedText, type SurveyItem } from './template.entity';
import { SurveySource, type SurveyTrigger } from './invitation.entity';

const t = (zhHant: string, zhHans: string, en: string): LocalizedText => ({ zhHant, zhHans, en });
const item = (key: string, kind: SurveyItemKind, label: LocalizedText, required = false): SurveyItem => ({ key, kind, required, label });

/** The regime's default survey (R-SAT-2), shipped as version 1 of template R-SAT-2. */
export const DEFAULT_TEMPLATE = {
  code: 'R-SAT-2',
  title: t('顧客滿意度調查', '顾客满意度调查', 'Customer satisfaction survey'),
  intro: t('感謝您撥冗填寫，您的意見將幫助我們改進產品與服務。', '感谢您拨冗填写，您的意见将帮助我们改进产品与服务。', 'Thank you for your time: your answers help us improve our products and service.'),
  items: [
    item('product_performance', SurveyItemKind.LEVEL5, t('產品性能', '产品性能', 'Product performance')),
    item('appearance_packaging', SurveyItemKind.LEVEL5, t('外觀與包裝', '外观与包装', 'Appearance and packaging')),
    item('design', SurveyItemKind.LEVEL5, t('設計', '设计', 'Design')),
    item('vs_competitors', SurveyItemKind.LEVEL5, t('與同類產品比較', '与同类产品比较', 'Compared with competing products')),
    item('service', SurveyItemKind.LEVEL5, t('服務', '服务', 'Service')),
    item('overall', SurveyItemKind.OVERALL, t('總體評價', '总体评价', 'Overall evaluation'), true),
    item('suggestions', SurveyItemKind.TEXT, t('其他建議', '其他建议', 'Other suggestions')),
  ],
};

/** R-SAT-1 as shipped: after a resolved case, a delivered repair, a follow-up visit; re-survey after a survey's complaint. */
export const DEFAULT_TRIGGERS: SurveyTrigger[] = [
  { source: SurveySource.TICKET, enabled: true, delayHours: 24 },
  { source: SurveySource.REPAIR, enabled: true, delayHours: 48 },
  { source: SurveySource.VISIT, enabled: true, delayHours: 2 },
  { source: SurveySource.RE_SURVEY, enabled: true, delayHours: 72 },
];

/** The sources the automatic triggers cover; the others are sent by people. */
export const TRIGGER_SOURCES = DEFAULT_TRIGGERS.map((x) => x.source);
