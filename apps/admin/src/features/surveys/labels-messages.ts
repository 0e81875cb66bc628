/**
 * Names of the survey enums every satisfaction page shows (levels, sources, channels…), as
 * [Traditional, Simplified, English]. The five levels are the regime's own words (R-SAT-2).
 */
export const surveyLabelMessages = {
  'sat.level.VERY_SATISFIED': ['很滿意', '很满意', 'Very satisfied'],
  'sat.level.FAIRLY_SATISFIED': ['比較滿意', '比较满意', 'Fairly satisfied'],
  'sat.level.BASICALLY_SATISFIED': ['基本滿意', '基本满意', 'Basically satisfied'],
  'sat.level.NOT_VERY_SATISFIED': ['不太滿意', '不太满意', 'Not very satisfied'],
  'sat.level.DISSATISFIED': ['不滿意', '不满意', 'Dissatisfied'],

  'sat.source.TICKET': ['案件結案後', '工单结案后', 'After a case'],
  'sat.source.REPAIR': ['維修交還後', '维修交还后', 'After a repair'],
  'sat.source.VISIT': ['回訪後', '回访后', 'After a visit'],
  'sat.source.CAMPAIGN': ['專案調查', '专项调查', 'Campaign'],
  'sat.source.SAMPLE': ['隨機抽樣', '随机抽样', 'Random sample'],
  'sat.source.MANUAL': ['個別發送', '个别发送', 'Sent by staff'],
  'sat.source.RE_SURVEY': ['投訴後再調查', '投诉后再调查', 'Re-survey after a complaint'],

  'sat.channel.ONLINE': ['線上', '在线', 'Online'],
  'sat.channel.PHONE': ['電話', '电话', 'Phone'],
  'sat.channel.INTERVIEW': ['訪談', '访谈', 'Interview'],

  'sat.delivery.EMAIL': ['電子郵件', '电子邮件', 'Email'],
  'sat.delivery.LINK': ['連結', '链接', 'Link'],
  'sat.delivery.PHONE': ['電話', '电话', 'Phone'],

  'sat.invitation.SCHEDULED': ['排程中', '排程中', 'Scheduled'],
  'sat.invitation.SENT': ['已發送', '已发送', 'Sent'],
  'sat.invitation.ANSWERED': ['已回覆', '已回复', 'Answered'],
  'sat.invitation.SKIPPED': ['已略過', '已跳过', 'Skipped'],

  'sat.itemKind.OVERALL': ['總體評價', '总体评价', 'Overall evaluation'],
  'sat.itemKind.LEVEL5': ['五級評價', '五级评价', 'Five-level rating'],
  'sat.itemKind.NPS': ['推薦意願(0–10)', '推荐意愿(0–10)', 'Likelihood to recommend (0–10)'],
  'sat.itemKind.TEXT': ['文字題', '文字题', 'Free text'],

  'sat.outcome.MET': ['達標', '达标', 'Target met'],
  'sat.outcome.BELOW': ['未達標', '未达标', 'Below target'],
  'sat.outcome.NO_DATA': ['無資料', '无数据', 'No forms'],

  'sat.dimension.STATION': ['服務站', '服务站', 'Station'],
  'sat.dimension.UNIT': ['部門', '部门', 'Unit'],
  'sat.dimension.AGENT': ['服務人員', '服务人员', 'Agent'],
  'sat.dimension.ITEM': ['題目', '题目', 'Question'],
  'sat.dimension.MONTH': ['月份', '月份', 'Month'],
  'sat.dimension.CHANNEL': ['管道', '渠道', 'Channel'],
  'sat.dimension.SOURCE': ['來源', '来源', 'Source'],

  'sat.rate': ['滿意率', '满意率', 'Satisfaction rate'],
  'sat.rateHint': [
    '基本滿意以上的問卷數 ÷ 回收問卷數 × 100%',
    '基本满意以上的问卷数 ÷ 回收问卷数 × 100%',
    'Forms rated basically satisfied or better ÷ forms returned × 100%',
  ],
  'sat.forms': ['回收問卷', '回收问卷', 'Forms returned'],
  'sat.satisfied': ['滿意問卷', '满意问卷', 'Satisfied forms'],
  'sat.partial': ['未答總評', '未答总评', 'Without overall answer'],
  'sat.target': ['目標', '目标', 'Target'],
  'sat.nps': ['NPS', 'NPS', 'NPS'],
  'sat.averageScore': ['平均分', '平均分', 'Average score'],
} as const satisfies Record<string, readonly [string, string, string]>;
