/**
 * Strings of the public satisfaction-survey page (/s/:token), as [Traditional, Simplified,
 * English]; spread into the console's catalogue so `t()` checks every key. The questions and
 * the five level labels come from the server, already in the page's language.
 */
export const surveyMessages = {
  'survey.page.greeting': ['{name} 您好', '{name} 您好', 'Dear {name}'],
  'survey.page.station': ['服務站:{station}', '服务站:{station}', 'Station: {station}'],
  'survey.page.requiredNote': ['標有 * 的題目必須回答。', '标有 * 的题目必须回答。', 'Questions marked * must be answered.'],
  'survey.page.required': ['必答', '必答', 'required'],
  'survey.page.comment': ['意見(選填)', '意见(选填)', 'Comment (optional)'],
  'survey.page.answer': ['您的回答', '您的回答', 'Your answer'],
  'survey.page.npsLow': ['0 = 完全不可能', '0 = 完全不可能', '0 = not at all likely'],
  'survey.page.npsHigh': ['10 = 非常可能', '10 = 非常可能', '10 = extremely likely'],
  'survey.page.submit': ['送出', '提交', 'Submit'],
  'survey.page.errorsTitle': ['請先修正以下問題:', '请先修正以下问题:', 'Please fix the following:'],
  'survey.page.answerRequired': ['請回答:{question}', '请回答:{question}', 'Please answer: {question}'],
  'survey.page.expiresAt': ['此連結有效至 {date}。', '此链接有效至 {date}。', 'This link is valid until {date}.'],
  'survey.page.thanksTitle': ['感謝您的回覆', '感谢您的回复', 'Thank you for your answers'],
  'survey.page.followUp': [
    '我們很抱歉這次的服務未能令您滿意,專人將盡快與您聯絡。',
    '我们很抱歉这次的服务未能令您满意,专人将尽快与您联系。',
    'We are sorry our service fell short; someone from our team will contact you soon.',
  ],
  'survey.page.points': ['已贈送 {points} 點會員點數。', '已赠送 {points} 点会员积分。', '{points} loyalty points have been added.'],
  'survey.page.usedTitle': ['此問卷已經填答', '此问卷已经填答', 'This survey has already been answered'],
  'survey.page.used': [
    '每個連結只能填答一次,感謝您先前的回覆。',
    '每个链接只能填答一次,感谢您先前的回复。',
    'Each link can be used once; thank you for your earlier answers.',
  ],
  'survey.page.expiredTitle': ['此問卷連結已過期', '此问卷链接已过期', 'This survey link has expired'],
  'survey.page.expired': ['此連結已於 {date} 失效。', '此链接已于 {date} 失效。', 'The link expired on {date}.'],
  'survey.page.expiredNoDate': ['此連結已失效。', '此链接已失效。', 'The link is no longer valid.'],
  'survey.page.invalidTitle': ['無法開啟此問卷', '无法打开此问卷', 'This survey link is not valid'],
  'survey.page.invalid': [
    '請確認連結完整無誤,或向服務站索取新的連結。',
    '请确认链接完整无误,或向服务站索取新的链接。',
    'Check that the link is complete, or ask the station for a new one.',
  ],
  'survey.page.rateLimitedTitle': ['請稍後再試', '请稍后再试', 'Please try again later'],
  'survey.page.rateLimited': [
    '短時間內嘗試次數過多,請稍候片刻再開啟連結。',
    '短时间内尝试次数过多,请稍候片刻再打开链接。',
    'Too many attempts in a short time; wait a moment and open the link again.',
  ],
  'survey.page.failedTitle': ['暫時無法載入問卷', '暂时无法加载问卷', 'The survey could not be loaded'],
} as const satisfies Record<string, readonly [string, string, string]>;
