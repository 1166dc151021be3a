// asl-validator 4 ships JavaScript without type declarations; this is the part of its API the interpreter uses.
declare module 'asl-validator' {
  interface AslValidationError {
    readonly 'Error code': string;
    readonly Message: string;
  }
  interface AslValidationResult {
    readonly isValid: boolean;
    readonly errors: readonly AslValidationError[];
    errorsText(separator?: string): string;
  }
  function aslValidator(definition: unknown, options?: { checkPaths?: boolean; checkArn?: boolean }): AslValidationResult;
  export = aslValidator;
}
