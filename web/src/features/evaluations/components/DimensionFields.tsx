import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_LABELS, LANGUAGES } from '../../../i18n/languages';

const MAX_DIMENSIONS = 12;
const LABEL_MAX = { 'zh-CN': 40, 'zh-HK': 40, 'en-US': 60 } as const;

/**
 * The questionnaire of a round (`dimensions` of the form): one row per scored dimension, named in each language;
 * only the simplified Chinese name is required (the others fall back to it).
 */
export function DimensionFields() {
  const { t } = useTranslation();
  return (
    <Form.List
      name="dimensions"
      rules={[
        {
          validator: async (_, rows?: unknown[]) => {
            if (!rows?.length) throw new Error(t('evaluations.fields.dimensionsRequired'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap="small" data-testid="round-dimensions">
          {fields.map((field) => (
            <Flex key={field.key} gap="small" align="start" wrap data-testid="dimension-row">
              {LANGUAGES.map((lang) => (
                <Form.Item
                  key={lang}
                  name={[field.name, lang]}
                  style={{ flex: '1 1 140px', marginBottom: 8 }}
                  rules={[
                    ...(lang === 'zh-CN'
                      ? [
                          {
                            required: true,
                            whitespace: true,
                            message: t('evaluations.fields.dimensionRequired'),
                          },
                        ]
                      : []),
                    { max: LABEL_MAX[lang] },
                  ]}
                >
                  <Input
                    placeholder={LANGUAGE_LABELS[lang]}
                    aria-label={LANGUAGE_LABELS[lang]}
                    maxLength={LABEL_MAX[lang]}
                  />
                </Form.Item>
              ))}
              <Button
                type="text"
                icon={<MinusCircleOutlined />}
                aria-label={t('common.remove')}
                title={t('common.remove')}
                onClick={() => remove(field.name)}
              />
            </Flex>
          ))}
          <Form.ErrorList errors={errors} />
          {fields.length < MAX_DIMENSIONS ? (
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} data-testid="dimension-add">
              {t('evaluations.fields.addDimension')}
            </Button>
          ) : null}
        </Flex>
      )}
    </Form.List>
  );
}
