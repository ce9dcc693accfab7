import { ELEVATOR_STEPS, stepIndex, type ElevatorState } from '../../../../domain/elevators/machine';

export { ELEVATOR_STEPS };

/** Where the guided steps stand: the current index, and whether the process ended off the happy path. */
export function stepsOf(status: ElevatorState): { current: number; failed: boolean; finished: boolean } {
  return {
    current: stepIndex(status),
    failed: status === 'rejected' || status === 'cancelled',
    finished: status === 'done',
  };
}

/** Yuan with two decimals and thousands separators: 133,333.34. */
export const yuan = (n: number) =>
  n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
