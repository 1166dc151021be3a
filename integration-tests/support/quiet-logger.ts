import type { EdgeLogger } from '../../infra/local/edge/logger';
import type { RuntimeLogger } from '../../infra/local/lambda';

/** Test runs keep the console for test results; each function's own log still goes to its file under LOCAL_LOG_DIR. */
export const quietLogger: RuntimeLogger & EdgeLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
