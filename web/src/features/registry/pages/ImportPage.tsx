import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Flex,
  Progress,
  Radio,
  Result,
  Space,
  Statistic,
  Table,
  Typography,
  Upload,
  type TableColumnsType,
  type UploadFile,
} from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IMPORT_KINDS,
  IMPORT_MODES,
  LEDGERS,
  TEMPLATE_FORMATS,
  ledgerUrl,
  rejectedRows,
  templateUrl,
  uploadImport,
  type ImportKind,
  type ImportMode,
  type ImportProblem,
} from '../../../api/registryImport';
import type { Messages } from '../../../i18n/resources/zh-CN';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useErrorText } from '../../../shared/errors/useErrorText';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { NodeSelect } from '../../org/components/NodeSelect';
import { usePlaceParam } from '../../org/usePlaceParam';
import { registryKeys } from '../queries';

/** The files the server reads: the first sheet of an .xlsx, or UTF-8 CSV. */
const ACCEPT = '.xlsx,.csv';
/** The places a ledger can cover (docs/API.md "Import and export"). */
const LEDGER_PLACE_KINDS = ['community', 'compound', 'building', 'unit'] as const;

/** The problem codes the console translates; others show the server's message. */
type ImportCode = keyof Messages['registryImport']['codes'];

type Outcome =
  | { status: 'done'; imported: number; rejected: ImportProblem[] }
  | { status: 'refused'; error: unknown; rejected: ImportProblem[] };

/** `/console/registry/import`: sheets in (template, upload with progress, per-row report) and ledgers out. */
export default function ImportPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (!hasPermission(user, 'registry.manage')) {
    return <Result status="403" title={t('shell.noAccess')} subTitle={t('shell.noAccessHint')} />;
  }
  return (
    <>
      <PageTitle title={t('registryImport.title')} />
      <Typography.Paragraph type="secondary">{t('registryImport.intro')}</Typography.Paragraph>
      <Flex vertical gap="middle">
        <ImportCard />
        <ExportCard />
      </Flex>
    </>
  );
}

function ImportCard() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<ImportKind>('houses');
  const [mode, setMode] = useState<ImportMode>('all');
  const [file, setFile] = useState<UploadFile | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [uploading, setUploading] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const abort = useRef<AbortController | null>(null);

  async function submit(): Promise<void> {
    const original = file?.originFileObj;
    if (!original) return;
    abort.current = new AbortController();
    setUploading(true);
    setOutcome(null);
    setProgress(0);
    try {
      const report = await uploadImport({ file: original, kind, mode }, setProgress, abort.current.signal);
      setOutcome({ status: 'done', imported: report.imported, rejected: report.rejected });
      if (report.imported > 0) void queryClient.invalidateQueries({ queryKey: registryKeys.all });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setOutcome({ status: 'refused', error, rejected: rejectedRows(error) });
    } finally {
      setUploading(false);
    }
  }

  return (
    <Card title={t('registryImport.importTitle')}>
      <Flex vertical gap="middle">
        <Space wrap align="center">
          <Typography.Text strong>{t('registryImport.kind')}</Typography.Text>
          <Radio.Group
            optionType="button"
            value={kind}
            onChange={(event) => {
              setKind(event.target.value as ImportKind);
              setOutcome(null);
            }}
            options={IMPORT_KINDS.map((value) => ({ value, label: t(`registryImport.kinds.${value}`) }))}
            data-testid="import-kind"
          />
        </Space>
        <Space wrap align="center">
          <Typography.Text strong>{t('registryImport.template')}</Typography.Text>
          {TEMPLATE_FORMATS.map((format) => (
            <Button
              key={format}
              icon={<DownloadOutlined />}
              href={templateUrl(kind, format)}
              download
              data-testid={`import-template-${format}`}
            >
              {t(`registryImport.templateFormats.${format}`)}
            </Button>
          ))}
          <Typography.Text type="secondary">{t('registryImport.templateHint')}</Typography.Text>
        </Space>
        <Upload
          accept={ACCEPT}
          maxCount={1}
          fileList={file ? [file] : []}
          beforeUpload={() => false}
          onChange={({ fileList }) => {
            setFile(fileList.at(-1) ?? null);
            setOutcome(null);
            setProgress(null);
          }}
          data-testid="import-file"
        >
          <Button icon={<UploadOutlined />}>{t('registryImport.chooseFile')}</Button>
        </Upload>
        <Space wrap align="center">
          <Typography.Text strong>{t('registryImport.mode')}</Typography.Text>
          <Radio.Group
            value={mode}
            onChange={(event) => setMode(event.target.value as ImportMode)}
            options={IMPORT_MODES.map((value) => ({ value, label: t(`registryImport.modes.${value}`) }))}
            data-testid="import-mode"
          />
        </Space>
        <Typography.Text type="secondary">{t(`registryImport.modeHints.${mode}`)}</Typography.Text>
        <div>
          <Button
            type="primary"
            icon={<UploadOutlined />}
            disabled={!file}
            loading={uploading}
            onClick={() => void submit()}
            data-testid="import-submit"
          >
            {t('registryImport.submit')}
          </Button>
        </div>
        {progress !== null ? (
          <Progress
            percent={progress}
            status={uploading ? 'active' : outcome?.status === 'refused' ? 'exception' : 'success'}
            data-testid="import-progress"
          />
        ) : null}
        {outcome ? <ImportOutcome outcome={outcome} /> : null}
      </Flex>
    </Card>
  );
}

function ImportOutcome({ outcome }: { outcome: Outcome }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const imported = outcome.status === 'done' ? outcome.imported : 0;

  const describe = (problem: ImportProblem) => {
    const code = problem.code as ImportCode;
    return i18n.exists(`registryImport.codes.${code}`)
      ? t(`registryImport.codes.${code}`, problem.params)
      : problem.message;
  };

  const columns: TableColumnsType<ImportProblem> = [
    { key: 'row', title: t('registryImport.row'), dataIndex: 'row', width: 80 },
    { key: 'column', title: t('registryImport.column'), render: (_, p) => p.column || '—', width: 160 },
    { key: 'problem', title: t('registryImport.problem'), render: (_, p) => describe(p) },
  ];

  return (
    <Flex vertical gap="middle">
      {outcome.status === 'refused' ? (
        <Alert
          type="error"
          showIcon
          title={outcome.rejected.length ? t('registryImport.refused') : errorText(outcome.error)}
        />
      ) : outcome.rejected.length ? (
        <Alert type="warning" showIcon title={t('registryImport.partial')} />
      ) : (
        <Alert type="success" showIcon title={t('registryImport.done')} />
      )}
      <Flex gap="large" wrap>
        <Statistic
          title={t('registryImport.imported')}
          value={imported}
          valueRender={(node) => <span data-testid="import-imported">{node}</span>}
        />
        <Statistic
          title={t('registryImport.rejectedRows')}
          value={new Set(outcome.rejected.map((problem) => problem.row)).size}
        />
      </Flex>
      {outcome.rejected.length ? (
        <Table<ImportProblem>
          size="small"
          columns={columns}
          dataSource={outcome.rejected}
          rowKey={(p) => `${p.row}:${p.column}:${p.code}:${outcome.rejected.indexOf(p)}`}
          pagination={outcome.rejected.length > 50 ? { pageSize: 50 } : false}
          scroll={{ x: 'max-content' }}
          data-testid="import-rejected"
        />
      ) : null}
    </Flex>
  );
}

function ExportCard() {
  const { t } = useTranslation();
  const place = usePlaceParam(LEDGER_PLACE_KINDS);
  return (
    <Card title={t('registryImport.exportTitle')}>
      <Flex vertical gap="middle">
        <Typography.Text type="secondary">{t('registryImport.exportHint')}</Typography.Text>
        <div style={{ width: 320, maxWidth: '100%' }}>
          <NodeSelect
            kinds={LEDGER_PLACE_KINDS}
            value={place.id}
            onChange={place.set}
            placeholder={t('registryImport.exportPlace')}
            aria-label={t('registryImport.exportPlace')}
          />
        </div>
        <Space wrap>
          {LEDGERS.map((ledger) => (
            <Button
              key={ledger}
              icon={<DownloadOutlined />}
              href={place.id === undefined ? undefined : ledgerUrl(ledger, place.id)}
              download
              disabled={place.id === undefined}
              data-testid={`export-${ledger}`}
            >
              {t(`registryImport.ledgers.${ledger}`)}
            </Button>
          ))}
        </Space>
      </Flex>
    </Card>
  );
}
