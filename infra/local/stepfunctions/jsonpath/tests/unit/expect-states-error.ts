import { StatesError } from '../../../states-error';

/** Runs `act` and returns the StatesError it throws, failing the test when it throws nothing or something else. */
export function statesErrorOf(act: () => unknown): StatesError {
  try {
    act();
  } catch (error) {
    if (error instanceof StatesError) return error;
    throw error;
  }
  throw new Error('expected a StatesError, but nothing was thrown');
}
