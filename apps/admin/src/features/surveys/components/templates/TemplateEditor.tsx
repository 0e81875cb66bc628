import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Card, Col, Flex, Form, Input, Popconfirm, Row, Space, Typography } from 'antd';
import { CloudUploadOutlined, PlusOutlined, UndoOutlined } from '@ant-design/icons';
import type { SurveyItemKind } from '../../../../gql/graphql';
import { FormAlert, ToneTag } from '../../../../shared/components';
import { useI18n } from '../../../../shared/i18n';
import { MAX_ITEMS, MAX_NOTE, draftKey, fieldId, moveItem, newItem, validateDraft, type Draft, type DraftItem, type VersionLike } from '../../templates-draft';
import { QuestionCard } from './QuestionCard';
import { TemplatePreview } from './TemplatePreview';
import { TextsField } from './TextsField';
import { placeOf, wordIssue } from './wording';

interface Props {
  /** What the draft starts from; the page re-mounts the editor (by key) when a new version is published. */
  initial: Draft;
  isNew: boolean;
  /** The version publishing makes: 1 for a new template, latest + 1 otherwise. */
  nextVersion: number;
  /** Every question of every earlier version: their keys keep their kinds. */
  earlier: VersionLike['items'];
  /** The API's problems with the last publish, worded, by draft path. */
  serverErrors: Readonly<Record<string, string>>;
  /** A failure no field can show. */
  formError: string | null;
  saving: boolean;
  /** Publishing cannot succeed as things stand (someone published meanwhile); the page says why. */
  publishBlocked?: boolean;
  /** The draft changed: the API's problems were about what it was. */
  onEdit: () => void;
  onDirtyChange: (dirty: boolean) => void;
  onPublish: (draft: Draft) => void;
}

/**
 * The next version of a survey template (R-SAT-2), beside a preview of what the customer will
 * see. The draft is checked as the API checks it before anything is sent, and the problems
 * are listed above the form, each linked to its field.
 */
export function TemplateEditor({ initial, isNew, nextVersion, earlier, serverErrors, formError, saving, publishBlocked = false, onEdit, onDirtyChange, onPublish }: Props) {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState(initial);
  const [initialKey] = useState(() => draftKey(initial));
  const [attempted, setAttempted] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusAfterRender = useRef<string | null>(null);

  const dirty = draftKey(draft) !== initialKey;
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => {
    if (!focusAfterRender.current) return;
    document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = null;
  });

  const earlierKind = useMemo(() => new Map<string, SurveyItemKind>(earlier.map((i) => [i.key, i.kind])), [earlier]);
  const issues = useMemo(() => (attempted ? validateDraft(draft, { isNew, earlier }) : []), [attempted, draft, isNew, earlier]);
  // The console's own check speaks for the draft as it is now; the API's stays until the next edit.
  const errors = useMemo(() => {
    const out: Record<string, string> = { ...serverErrors };
    for (const issue of issues) out[issue.path] ??= wordIssue(issue, t, locale);
    return out;
  }, [serverErrors, issues, t, locale]);
  const problems = Object.entries(errors);

  function change(next: Draft) {
    setDraft(next);
    onEdit();
  }
  const setItems = (items: DraftItem[]) => change({ ...draft, items });

  function tryPublish() {
    setAttempted(true);
    if (validateDraft(draft, { isNew, earlier }).length) {
      // The list of problems is announced and takes focus, like the customer's own page does.
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setConfirming(true);
  }

  function addQuestion() {
    focusAfterRender.current = fieldId(`items.${draft.items.length}.label.zhHant`);
    setItems([...draft.items, newItem()]);
  }

  function focusField(path: string) {
    const target = document.getElementById(fieldId(path)) ?? document.getElementById(fieldId(path.split('.').slice(0, 2).join('.')));
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  }

  return (
    <Form layout="vertical" component="div">
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Alert type="info" showIcon title={isNew ? t('surveyTpl.versionsNoteNew') : t('surveyTpl.versionsNote', { n: nextVersion })} data-testid="tpl-versions-note" />
            <FormAlert error={formError} />
            {problems.length ? (
              <div ref={summaryRef} tabIndex={-1} style={{ outline: 'none' }} data-testid="tpl-problems">
                <Alert
                  type="error"
                  showIcon
                  role="alert"
                  title={t('surveyTpl.problems', { n: problems.length })}
                  description={
                    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                      {problems.map(([path, message]) => (
                        <li key={path}>
                          <a
                            href={`#${fieldId(path)}`}
                            onClick={(e) => {
                              e.preventDefault();
                              focusField(path);
                            }}
                          >
                            {`${placeOf(path, t)}: ${message}`}
                          </a>
                        </li>
                      ))}
                    </ul>
                  }
                />
              </div>
            ) : null}

            <Card size="small" title={t('surveyTpl.basics')}>
              {isNew ? (
                <Form.Item
                  htmlFor={fieldId('code')}
                  label={t('surveyTpl.code')}
                  required
                  validateStatus={errors.code ? 'error' : undefined}
                  help={errors.code}
                  extra={errors.code ? undefined : t('surveyTpl.codeHint')}
                >
                  <Input
                    id={fieldId('code')}
                    value={draft.code}
                    maxLength={40}
                    autoComplete="off"
                    spellCheck={false}
                    aria-invalid={errors.code ? true : undefined}
                    style={{ maxWidth: 320, textTransform: 'uppercase' }}
                    disabled={saving}
                    onChange={(e) => change({ ...draft, code: e.target.value })}
                  />
                </Form.Item>
              ) : null}
              <TextsField path="title" label={t('surveyTpl.surveyTitle')} value={draft.title} errors={errors} required disabled={saving} onChange={(title) => change({ ...draft, title })} />
              <TextsField
                path="intro"
                label={t('surveyTpl.intro')}
                value={draft.intro}
                errors={errors}
                multiline
                extra={t('surveyTpl.introHint')}
                disabled={saving}
                onChange={(intro) => change({ ...draft, intro })}
              />
            </Card>

            <Card size="small" title={<span id={fieldId('items')} tabIndex={-1}>{`${t('surveyTpl.questions')} (${draft.items.length})`}</span>}>
              <Space orientation="vertical" size={12} style={{ width: '100%' }}>
                <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                  {t('surveyTpl.commentNote')}
                </Typography.Paragraph>
                {errors.items ? <Alert type="error" showIcon title={errors.items} data-testid="tpl-items-error" /> : null}
                {draft.items.map((item, index) => (
                  <QuestionCard
                    key={item.uid}
                    item={item}
                    index={index}
                    count={draft.items.length}
                    earlierKind={earlierKind.get(item.key.trim())}
                    errors={errors}
                    disabled={saving}
                    onChange={(next) => setItems(draft.items.map((i) => (i.uid === item.uid ? next : i)))}
                    onMove={(to) => setItems(moveItem(draft.items, index, to))}
                    onRemove={() => setItems(draft.items.filter((i) => i.uid !== item.uid))}
                  />
                ))}
                <Button type="dashed" block icon={<PlusOutlined />} disabled={saving || draft.items.length >= MAX_ITEMS} onClick={addQuestion} data-testid="tpl-add-question">
                  {t('surveyTpl.addQuestion')}
                </Button>
              </Space>
            </Card>

            <Card size="small">
              <Form.Item htmlFor={fieldId('note')} label={t('surveyTpl.note')} validateStatus={errors.note ? 'error' : undefined} help={errors.note} extra={errors.note ? undefined : t('surveyTpl.noteHint')}>
                <Input.TextArea
                  id={fieldId('note')}
                  value={draft.note}
                  maxLength={MAX_NOTE}
                  showCount
                  autoSize={{ minRows: 2, maxRows: 4 }}
                  disabled={saving}
                  onChange={(e) => change({ ...draft, note: e.target.value })}
                />
              </Form.Item>
              <Flex gap={12} align="center" wrap>
                <Popconfirm
                  open={confirming}
                  onOpenChange={(next) => (next ? tryPublish() : setConfirming(false))}
                  title={t('surveyTpl.publishConfirm', { n: nextVersion })}
                  okText={t('surveyTpl.publishOk')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => {
                    setConfirming(false);
                    onPublish(draft);
                  }}
                >
                  <Button type="primary" icon={<CloudUploadOutlined />} loading={saving} disabled={publishBlocked} data-testid="tpl-publish">
                    {t('surveyTpl.publish', { n: nextVersion })}
                  </Button>
                </Popconfirm>
                {dirty ? (
                  <>
                    <ToneTag tone="warning">{t('surveyTpl.unsaved')}</ToneTag>
                    <Button
                      icon={<UndoOutlined />}
                      disabled={saving}
                      onClick={() => {
                        setDraft(initial);
                        setAttempted(false);
                        onEdit();
                      }}
                      data-testid="tpl-discard"
                    >
                      {t('surveyTpl.discard')}
                    </Button>
                  </>
                ) : null}
              </Flex>
            </Card>
          </Space>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={t('surveyTpl.preview')} style={{ position: 'sticky', top: 72 }}>
            {/* Kept in view beside a long draft; scrolled on its own, so it can take keyboard focus. */}
            <div role="region" aria-label={t('surveyTpl.preview')} tabIndex={0} style={{ maxHeight: 'calc(100vh - 160px)', overflowY: 'auto' }}>
              <TemplatePreview version={draft} scope="draft" />
            </div>
          </Card>
        </Col>
      </Row>
    </Form>
  );
}
