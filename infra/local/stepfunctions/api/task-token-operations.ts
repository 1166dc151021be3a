import { TaskTokenError, type TaskTokenRegistry } from '../interpreter';
import { StepFunctionsError } from '../step-functions-errors';
import type { ApiContext, Operation } from './api-context';
import { checkLength, optionalString, requiredString } from './request-fields';

const MAX_TOKEN = 2048;
const MAX_OUTPUT = 262_144;

export const sendTaskSuccess: Operation = async (context, input) => {
  const token = taskToken(input);
  const output = requiredString(input, 'output');
  checkLength('output', output, 0, MAX_OUTPUT);
  await send(context, token, (registry) => {
    registry.sendTaskSuccess(token, output);
  });
  return {};
};

export const sendTaskFailure: Operation = async (context, input) => {
  const token = taskToken(input);
  const error = optionalString(input, 'error');
  const cause = optionalString(input, 'cause');
  checkLength('error', error, 0, 256);
  checkLength('cause', cause, 0, 32_768);
  await send(context, token, (registry) => {
    registry.sendTaskFailure(token, error, cause);
  });
  return {};
};

export const sendTaskHeartbeat: Operation = async (context, input) => {
  const token = taskToken(input);
  await send(context, token, (registry) => {
    registry.sendTaskHeartbeat(token);
  });
  return {};
};

function taskToken(input: Parameters<Operation>[1]): string {
  const token = requiredString(input, 'taskToken');
  checkLength('taskToken', token, 1, MAX_TOKEN);
  return token;
}

/** The registry's verdicts (TaskDoesNotExist, TaskTimedOut, InvalidToken, InvalidOutput) as API errors. */
async function send(context: ApiContext, token: string, call: (registry: TaskTokenRegistry) => void): Promise<void> {
  try {
    await context.resumedTokens.send(token, call);
  } catch (error) {
    if (error instanceof TaskTokenError) throw new StepFunctionsError(error.code, error.message);
    throw error;
  }
}
