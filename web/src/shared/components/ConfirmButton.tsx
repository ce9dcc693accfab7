import { Button, type ButtonProps, Popconfirm } from 'antd';
import type { ReactNode } from 'react';
import { useNotifyError } from '../errors/useNotifyError';

type ConfirmButtonProps = Omit<ButtonProps, 'onClick' | 'loading'> & {
  /** The question asked before acting ("Open this round?"). */
  confirm: ReactNode;
  /** The action; a rejection is shown as a toast. */
  onConfirm: () => Promise<unknown>;
  loading?: boolean;
};

/** A button that asks first, then acts: for changes that are not undone by the next click. */
export function ConfirmButton({ confirm, onConfirm, loading, ...button }: ConfirmButtonProps) {
  const notify = useNotifyError();
  return (
    <Popconfirm title={confirm} onConfirm={() => void onConfirm().catch(notify)}>
      <Button {...button} loading={loading} />
    </Popconfirm>
  );
}
