import { PreferredLanguage } from '../crm/customer.entity';

/**
 * What each kind of notification says happened, as [Traditional, Simplified, English]. The
 * server owns the wording because it words email subjects too, in the recipient's language;
 * the console shows the same through `Notification.kindLabel`. Subjects stay language-neutral
 * (case number and title, document number), so kind plus subject reads in any language.
 */
const KINDS: Record<string, readonly [string, string, string]> = {
  TASK_ASSIGNED: ['新的待辦', '新的待办', 'New task'],
  TASK_REMINDER: ['待辦即將到期', '待办即将到期', 'Task due soon'],
  TASK_ESCALATED: ['逾期轉呈', '逾期转呈', 'Overdue task escalated'],
  DOCUMENT_APPROVED: ['申請已核准', '申请已批准', 'Document approved'],
  DOCUMENT_REJECTED: ['申請被駁回', '申请被驳回', 'Document rejected'],
  DOCUMENT_RETURNED: ['申請被退回修改', '申请被退回修改', 'Document returned for changes'],
  // A deputy's copy while the person it was for is away (R-ORG-4).
  TASK_ASSIGNED_AS_DEPUTY: ['代理:新的待辦', '代理:新的待办', 'New task (as deputy)'],
  TASK_REMINDER_AS_DEPUTY: ['代理:待辦即將到期', '代理:待办即将到期', 'Task due soon (as deputy)'],
  TASK_ESCALATED_AS_DEPUTY: ['代理:逾期轉呈', '代理:逾期转呈', 'Overdue task escalated (as deputy)'],
  TICKET_ASSIGNED: ['指派給您的案件', '指派给您的案件', 'Case assigned to you'],
  TICKET_HANDED_OVER: ['轉交本單位的案件', '转交本单位的案件', 'Case handed to your unit'],
  TICKET_SLA_WARNING: ['案件即將逾時', '案件即将超时', 'Case resolution due soon'],
  TICKET_ESCALATED: ['案件逾時,已升級', '案件超时,已升级', 'Case past its SLA, escalated'],
  COMPLAINT_REVIEW: ['投訴處理單待查明', '投诉处理单待查明', 'Complaint handling form to investigate'],
  CORRECTIVE_ACTION: ['指派給您的訂正措施', '指派给您的纠正措施', 'Corrective action assigned to you'],
  PREVENTIVE_ACTION: ['指派給您的預防措施', '指派给您的预防措施', 'Preventive action assigned to you'],
  COMPLAINT_JOINT_REVIEW: ['投訴待召集會審', '投诉待召集会审', 'Complaint for a joint review'],
  COMPLAINT_MAJOR: ['重大品質投訴,呈報總經理', '重大质量投诉,呈报总经理', 'Major quality complaint for the general manager'],
  // Notices from before the joint review and the major complaint had kinds of their own.
  COMPLAINT_ESCALATED: ['投訴升級處理', '投诉升级处理', 'Complaint escalated'],
  // R-SVC-10: the regime's threshold of three.
  PENALTY_REVIEW: ['一年內有責投訴達三件,須懲處檢討', '一年内有责投诉达三件,须惩处检讨', 'Penalty review: three substantiated complaints within a year'],
  SATISFACTION_CORRECTIVE: ['滿意率未達目標,須提出整改', '满意率未达目标,须提出整改', 'Satisfaction below target: corrective action due'],
  SURVEY_INVITATION: ['滿意度調查邀請', '满意度调查邀请', 'Survey invitation'],
};
const OTHER = ['通知', '通知', 'Notice'] as const;

const INDEX: Record<PreferredLanguage, 0 | 1 | 2> = { [PreferredLanguage.ZH_HANT]: 0, [PreferredLanguage.ZH_HANS]: 1, [PreferredLanguage.EN]: 2 };

export function kindLabel(kind: string, language: PreferredLanguage): string {
  return (KINDS[kind] ?? OTHER)[INDEX[language]];
}

export const knownKinds = (): string[] => Object.keys(KINDS);

/** A user's console locale (BCP 47, as stored) as the language to word their email in. */
export function languageOfLocale(locale: string | null | undefined): PreferredLanguage {
  if (locale === 'en') return PreferredLanguage.EN;
  if (locale === 'zh-Hans') return PreferredLanguage.ZH_HANS;
  return PreferredLanguage.ZH_HANT;
}
