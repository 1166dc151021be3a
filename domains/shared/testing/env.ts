/** Sets (string) or unsets (undefined) environment variables; returns a function restoring the previous values. */
export const setEnv = (vars: Readonly<Record<string, string | undefined>>): (() => void) => {
  const previous = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
  const apply = (values: Readonly<Record<string, string | undefined>>): void => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) Reflect.deleteProperty(process.env, name);
      else process.env[name] = value;
    }
  };
  apply(vars);
  return () => {
    apply(previous);
  };
};

/** Runs `fn` with the given environment, then restores it (e.g. to create a handler that reads env at cold start). */
export const withEnv = <T>(vars: Readonly<Record<string, string | undefined>>, fn: () => T): T => {
  const restore = setEnv(vars);
  try {
    return fn();
  } finally {
    restore();
  }
};
