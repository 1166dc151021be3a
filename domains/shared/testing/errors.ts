import { AppError } from '../http/errors';

/** The `code` of the AppError `act` throws; undefined if it throws nothing (a non-AppError is rethrown). */
export const thrownCode = (act: () => unknown): string | undefined => {
  try {
    act();
    return undefined;
  } catch (error: unknown) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
};

/** The `code` of the AppError `promise` rejects with; undefined if it resolves (a non-AppError is rethrown). */
export const rejectedCode = async (promise: Promise<unknown>): Promise<string | undefined> => {
  try {
    await promise;
    return undefined;
  } catch (error: unknown) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
};
